/**
 * The one storage module: every read and write of settings goes through here.
 *
 * Layout, and why:
 * - storage.sync holds the small settings, one key per value (`version`, `autoDefault`, `reader.theme`,
 *   `reader.fontSize`…; settings-layout.ts): about 100 bytes in all, far under sync's 100 KB / 8 KB per
 *   item / 512 items. One key per value means two pages changing different values at once can't
 *   overwrite each other.
 * - storage.sync is shared with this extension's other versions on the user's other devices: keys this
 *   build doesn't know are never removed, a value is written only when it changed, settings from a
 *   newer version are read but never written back, and `version` is never lowered.
 * - storage.local holds the automatic sites, one key per site (`site:<host>` → `{mode}`). A site is only
 *   automatic where its host permission was granted and its content script registered, and both belong to
 *   this browser profile: synced to another device the list would be wrong there (and the reconcile that
 *   drops sites without permission would sync the deletion back). One key per site means two popups
 *   toggling at once never touch the same key, so nothing is lost without any lock. 2,000 sites with
 *   40-character hosts measure 126 KB, 1.2% of local's 10 MB (test/unit/settings-quota.test.ts prints
 *   the figures); in sync, 2,000 keys would break the 512-item limit, and one item of them (125 KB) both
 *   the 8 KB item limit and the 100 KB total.
 */
import { browser } from './browser';
import { migrate } from './settings-migrate';
import { decodeSync, encodeSync, keysGiven, LEGACY_SYNC_KEYS, readerKey, SYNC_KEYS } from './settings-layout';
import { AUTO_MODES, defaults, effectiveMode, isHost, SETTINGS_VERSION, validateSettings, validateSite, type AutoMode, type ReaderLook, type Repair, type Settings, type SiteOptions, type Validated } from './settings';

/** Prefix of the per-site keys in storage.local. */
export const SITE_PREFIX = 'site:';

type Looks = Pick<Settings, 'autoDefault' | 'reader'>;
/** A change to the small settings: any of them, and any fields of the reader's look. */
export interface LooksPatch {
  autoDefault?: AutoMode;
  reader?: Partial<ReaderLook>;
}

/** What `loadSettings` read: valid settings, what it repaired, and the version that wrote them when it is
 * newer than this build (then nothing was repaired or written, and the options page says so). */
export interface Loaded extends Validated {
  newerVersion: number | null;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Read the stored sites; broken entries are left for `loadSettings` to repair. */
function sitesIn(local: Record<string, unknown>): Record<string, unknown> {
  const sites: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(local)) if (key.startsWith(SITE_PREFIX)) sites[key.slice(SITE_PREFIX.length)] = value;
  return sites;
}

/**
 * The storage.sync writes that bring `sync` to `settings`: a value only where storage (or an older
 * layout) gave one and it changed, so defaults are never copied in and an untouched key is never
 * rewritten; then the version, and the older layouts' keys to remove once their values have moved.
 */
function syncRepairs(sync: Record<string, unknown>, given: Set<string>, settings: Settings): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(encodeSync(settings))) {
    if (key !== 'version' && (given.has(key) || sync[key] !== undefined) && !same(sync[key], value)) set[key] = value;
  }
  const remove = LEGACY_SYNC_KEYS.filter((key) => sync[key] !== undefined);
  if (sync.version !== SETTINGS_VERSION && (sync.version !== undefined || Object.keys(set).length || remove.length)) set.version = SETTINGS_VERSION;
  return { set, remove };
}

/**
 * Read all settings: migrate, validate, merge over the defaults. Whatever was repaired or moved from an
 * older layout is written back (so a broken value is fixed once, not on every read) and reported in
 * `repairs`. Settings from a newer version are read where understood and left untouched. Never throws
 * on bad data; throws only if storage itself fails.
 */
export async function loadSettings(): Promise<Loaded> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
  const { raw, notes, newer } = migrate(decodeSync(sync));
  const legacySites = raw.autoSites && typeof raw.autoSites === 'object' ? raw.autoSites : {};
  const stored = sitesIn(local);
  const { settings, repairs } = validateSettings({ ...raw, autoSites: { ...legacySites, ...stored } });
  // A newer version's values may be valid there (a theme this build doesn't have): "repairing" them
  // would destroy them on every device the user has.
  if (newer !== null) return { settings, repairs: [], newerVersion: newer };
  const { set, remove } = syncRepairs(sync, keysGiven(raw), settings);
  const strayLocal = Object.keys(stored).filter((host) => !Object.hasOwn(settings.autoSites, host)).map((h) => SITE_PREFIX + h);
  const movedSites = Object.keys(legacySites).filter((h) => Object.hasOwn(settings.autoSites, h) && !Object.hasOwn(stored, h));
  // The moved values are written before the keys they came from are removed: a failure in between
  // leaves both, never neither.
  await Promise.all([
    Object.keys(set).length ? browser.storage.sync.set(set) : undefined,
    strayLocal.length ? browser.storage.local.remove(strayLocal) : undefined,
    movedSites.length ? browser.storage.local.set(Object.fromEntries(movedSites.map((h) => [SITE_PREFIX + h, settings.autoSites[h]]))) : undefined,
  ]);
  if (remove.length) await browser.storage.sync.remove(remove);
  return { settings, repairs: [...notes, ...repairs], newerVersion: null };
}

/**
 * The small settings alone, validated but not written back: for readers that run often or in pages
 * (the in-page reader opens on every automatic article), where reading every stored site and repairing
 * storage would be work in the wrong place. `loadSettings` stays the one that repairs.
 */
export async function loadLooks(): Promise<Looks> {
  const { raw } = migrate(decodeSync(await browser.storage.sync.get([...SYNC_KEYS, 'reader'])));
  const { settings } = validateSettings({ ...raw, autoSites: {} });
  return { autoDefault: settings.autoDefault, reader: settings.reader };
}

/** The automatic sites alone (validated; broken entries skipped, not repaired). */
export async function loadSites(): Promise<Record<string, SiteOptions>> {
  const sites: Record<string, SiteOptions> = {};
  for (const [host, value] of Object.entries(sitesIn(await browser.storage.local.get(null)))) {
    const site = validateSite(value);
    if (isHost(host) && site) sites[host] = site;
  }
  return sites;
}

/** One site's options, or null when it is not automatic. */
export async function loadSite(host: string): Promise<SiteOptions | null> {
  const key = SITE_PREFIX + host;
  return validateSite((await browser.storage.local.get(key))[key]);
}

/**
 * What an automatic page should do: the site's mode, or the default when it inherits; null when the
 * site is not automatic. Reads two keys, not every site: it runs on each automatic page load.
 */
export async function loadSiteMode(host: string): Promise<AutoMode | null> {
  const [site, stored] = await Promise.all([loadSite(host), browser.storage.sync.get('autoDefault')]);
  if (!site) return null;
  return effectiveMode({ autoDefault: AUTO_MODES.includes(stored.autoDefault as AutoMode) ? (stored.autoDefault as AutoMode) : defaults.autoDefault }, site);
}

/** Store one site's options (its own key: concurrent toggles of other sites are untouched). */
export async function saveSite(host: string, options: SiteOptions): Promise<void> {
  const site = validateSite(options);
  if (!isHost(host) || !site) throw new Error(`not a valid site: ${String(host).slice(0, 80)}`);
  await browser.storage.local.set({ [SITE_PREFIX + host]: site });
}

/** Forget a site. */
export async function forgetSite(host: string): Promise<void> {
  await browser.storage.local.remove(SITE_PREFIX + host);
}

/**
 * Change the small settings: each value named in the patch is validated and written under its own key,
 * and nothing else is (a look changed in the reader and a default changed in the options page a moment
 * apart both survive). Returns the repairs (an out-of-range font size is clamped, not refused).
 */
export async function saveLooks(patch: LooksPatch): Promise<Repair[]> {
  const { settings, repairs } = validateSettings({ autoDefault: patch.autoDefault, reader: { ...defaults.reader, ...patch.reader }, autoSites: {} });
  const encoded = encodeSync(settings);
  const write: Record<string, unknown> = {};
  if (patch.autoDefault !== undefined) write.autoDefault = encoded.autoDefault;
  for (const field of Object.keys(patch.reader ?? {})) if (Object.hasOwn(defaults.reader, field)) write[readerKey(field)] = encoded[readerKey(field)];
  // Storage that has no version yet (nothing saved before) gets this one. Any other is left to
  // `loadSettings`, which moves older layouts first; a newer version is never lowered.
  const marks = await browser.storage.sync.get(['version', ...LEGACY_SYNC_KEYS]);
  if (Object.keys(marks).length === 0) write.version = SETTINGS_VERSION;
  await browser.storage.sync.set(write);
  return repairs;
}

/** Call `listener` whenever any setting changes (another page, the background, another device). */
export function onSettingsChanged(listener: () => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, unknown>, area: string): void => {
    const ours = Object.keys(changes).some((k) => (area === 'sync' ? SYNC_KEYS.includes(k) || k === 'reader' : k.startsWith(SITE_PREFIX)));
    if (ours) listener();
  };
  browser.storage.onChanged.addListener(handle);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}
