/**
 * A small in-memory stand-in for the parts of the WebExtension API that settings and site registration
 * use. Storage reads and writes each wait a macrotask, as the real (IPC-backed) ones do, so concurrent
 * callers interleave and a lost update can actually happen.
 */
type Listener<A extends unknown[]> = (...args: A) => void;

function event<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (l: Listener<A>) => void listeners.add(l),
    removeListener: (l: Listener<A>) => void listeners.delete(l),
    fire: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

const storageChanged = event<[Record<string, { oldValue?: unknown; newValue?: unknown }>, string]>();

function area(name: string) {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
      await tick();
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, copy(data.get(k))]));
    },
    async set(items: Record<string, unknown>): Promise<void> {
      await tick();
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: copy(v) };
        data.set(k, copy(v));
      }
      storageChanged.fire(changes, name);
    },
    async remove(keys: string | string[]): Promise<void> {
      await tick();
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

interface Script { id: string; matches: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean; allFrames?: boolean }

/** Build a fresh fake; `granted` are the origins the user has allowed, `required` can't be removed. */
export function createFakeBrowser() {
  const granted = new Set<string>();
  const required = new Set<string>();
  const scripts = new Map<string, Script>();
  const sent: { tabId: number; message: unknown }[] = [];
  const injected: { tabId: number; files: string[] }[] = [];
  const permissionsRemoved = event<[{ origins?: string[] }]>();
  const fake = {
    granted,
    required,
    scripts,
    sent,
    injected,
    runtime: { id: 'our-extension-id', getURL: (path: string) => `chrome-extension://our-extension-id/${path}` },
    storage: { sync: area('sync'), local: area('local'), session: area('session'), onChanged: storageChanged },
    permissions: {
      async contains({ origins = [] }: { origins?: string[] }) {
        return origins.every((o) => granted.has(o) || required.has(o));
      },
      async request({ origins = [] }: { origins?: string[] }) {
        origins.forEach((o) => granted.add(o));
        return true;
      },
      async remove({ origins = [] }: { origins?: string[] }) {
        if (origins.some((o) => required.has(o))) throw new Error('You cannot remove required permissions.');
        origins.forEach((o) => granted.delete(o));
        permissionsRemoved.fire({ origins });
        return true;
      },
      onRemoved: permissionsRemoved,
    },
    scripting: {
      async getRegisteredContentScripts() {
        await tick();
        return [...scripts.values()].map(copy);
      },
      async registerContentScripts(list: Script[]) {
        await tick();
        if (list.some((s) => scripts.has(s.id))) throw new Error('Duplicate script ID');
        list.forEach((s) => scripts.set(s.id, copy(s)));
      },
      async updateContentScripts(list: Script[]) {
        await tick();
        list.forEach((s) => scripts.set(s.id, copy(s)));
      },
      async unregisterContentScripts({ ids }: { ids: string[] }) {
        await tick();
        if (ids.some((id) => !scripts.has(id))) throw new Error('Nonexistent script ID');
        ids.forEach((id) => scripts.delete(id));
      },
      async executeScript({ target, files }: { target: { tabId: number }; files: string[] }) {
        injected.push({ tabId: target.tabId, files });
        return [];
      },
    },
    i18n: { getMessage: (key: string, sub?: string) => (sub ? `${key}(${sub})` : key) },
    contextMenus: {
      created: [] as { id: string; title: string }[],
      async removeAll() {},
      create(item: { id: string; title: string }) {
        fake.contextMenus.created.push(item);
      },
    },
    tabs: {
      async query() {
        return [{ id: 3, url: 'https://news.example/a' }];
      },
      async sendMessage(tabId: number, message: { type: string }) {
        sent.push({ tabId, message });
        if (message.type === 'related/set') return { ok: true, value: { hidden: true, elements: 2 } };
        if (message.type === 'reader/open') return { ok: true, value: { open: true } };
        return { ok: true, value: { closed: false } };
      },
    },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** The one fake all tests in a file share (vi.mock hoists above imports); reset it in beforeEach. */
export const fakeBrowser: { current: FakeBrowser } = { current: createFakeBrowser() };

/** A proxy that always forwards to the current fake, so modules that captured `browser` see resets. */
export const browserProxy = new Proxy({} as FakeBrowser, { get: (_t, key) => fakeBrowser.current[key as keyof FakeBrowser] });
