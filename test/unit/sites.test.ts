import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserProxy, createFakeBrowser, fakeBrowser } from './settings-fake';

vi.mock('../../src/lib/browser', () => ({ browser: browserProxy }));

const { enableSite, disableSite, reconcile, onPermissionsAdded, onPermissionsRemoved, scriptFor } = await import('../../src/background/sites');
const { handleAutoMessage } = await import('../../src/background/auto-messages');
const { loadSites, saveSite, SITE_PREFIX } = await import('../../src/lib/settings-store');

const grant = (host: string) => ['http', 'https'].forEach((p) => fakeBrowser.current.granted.add(`${p}://${host}/*`));
const ids = () => [...fakeBrowser.current.scripts.keys()].sort();
const pageSender = { id: 'our-extension-id', url: 'chrome-extension://our-extension-id/popup.html' };
const contentSender = (url: string) => ({ id: 'our-extension-id', url, tab: { id: 7, url } as Tab, frameId: 0 });
type Tab = NonNullable<Parameters<typeof handleAutoMessage>[1]['tab']>;

beforeEach(() => {
  fakeBrowser.current = createFakeBrowser();
});

describe('enable and disable', () => {
  it('registers auto.js for the one host, at document_idle, persisting across sessions', async () => {
    grant('news.example');
    await enableSite('news.example');
    expect(fakeBrowser.current.scripts.get('auto:news.example')).toEqual({
      id: 'auto:news.example', matches: ['http://news.example/*', 'https://news.example/*'], js: ['auto.js'],
      runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
    });
    expect(await loadSites()).toEqual({ 'news.example': { mode: 'inherit' } });
  });

  it('refuses a site without its permission, and leaves nothing behind', async () => {
    await expect(enableSite('news.example')).rejects.toThrow(/no permission/);
    expect(ids()).toEqual([]);
    expect(await loadSites()).toEqual({});
  });

  it('enabling twice keeps one registration and the chosen mode', async () => {
    grant('news.example');
    await enableSite('news.example', 'reader');
    await enableSite('news.example');
    expect(ids()).toEqual(['auto:news.example']);
    expect(await loadSites()).toEqual({ 'news.example': { mode: 'reader' } });
  });

  it('two enables of one site at once (the popup and the permission fallback) end in one registration, no error', async () => {
    grant('news.example');
    await Promise.all([enableSite('news.example'), enableSite('news.example', 'reader')]);
    expect(ids()).toEqual(['auto:news.example']);
  });

  it('disabling unregisters, forgets and releases the permission', async () => {
    grant('news.example');
    grant('other.example');
    await enableSite('news.example');
    await enableSite('other.example');
    expect(await disableSite('news.example')).toEqual({ released: true });
    expect(ids()).toEqual(['auto:other.example']);
    expect(await loadSites()).toEqual({ 'other.example': { mode: 'inherit' } });
    expect([...fakeBrowser.current.granted].sort()).toEqual(['http://other.example/*', 'https://other.example/*']);
  });

  it('reports a permission the browser keeps (a manifest grant, as in the test build)', async () => {
    fakeBrowser.current.required.add('http://127.0.0.1/*').add('https://127.0.0.1/*');
    await enableSite('127.0.0.1');
    expect(await disableSite('127.0.0.1')).toEqual({ released: false });
    expect(ids()).toEqual([]);
  });
});

describe('two popups toggling at once', () => {
  it('lose nothing: per-site keys never overwrite each other', async () => {
    const hosts = ['a.example', 'b.example', 'c.example', 'd.example'];
    hosts.forEach(grant);
    await enableSite('d.example');
    await Promise.all([enableSite('a.example'), enableSite('b.example'), enableSite('c.example', 'reader'), disableSite('d.example')]);
    expect(await loadSites()).toEqual({ 'a.example': { mode: 'inherit' }, 'b.example': { mode: 'inherit' }, 'c.example': { mode: 'reader' } });
    expect(ids()).toEqual(['auto:a.example', 'auto:b.example', 'auto:c.example']);
  });

  it('(the fake interleaves: one shared read-modify-write key would lose an update)', async () => {
    const { local } = fakeBrowser.current.storage;
    const naiveAdd = async (host: string) => {
      const { all = [] } = (await local.get('all')) as { all?: string[] };
      await local.set({ all: [...all, host] });
    };
    await Promise.all([naiveAdd('a.example'), naiveAdd('b.example')]);
    expect((local.data.get('all') as string[]).length).toBe(1);
  });
});

describe('reconcile', () => {
  it('drops sites whose permission was revoked, registers missing ones, removes orphans', async () => {
    grant('kept.example');
    grant('unregistered.example');
    await saveSite('kept.example', { mode: 'inherit' });
    await saveSite('unregistered.example', { mode: 'reader' });
    await saveSite('revoked.example', { mode: 'inherit' });
    const { scripts } = fakeBrowser.current;
    for (const host of ['kept.example', 'revoked.example', 'orphan.example']) scripts.set(`auto:${host}`, scriptFor(host) as never);
    scripts.set('someone-else', { id: 'someone-else', matches: [] });
    expect(await reconcile()).toEqual({ registered: ['unregistered.example'], dropped: ['revoked.example'] });
    expect(ids()).toEqual(['auto:kept.example', 'auto:unregistered.example', 'someone-else']);
    expect(Object.keys(await loadSites()).sort()).toEqual(['kept.example', 'unregistered.example']);
  });

  it('a grant for the site the popup marked pending finishes switching it on (the popup may be gone)', async () => {
    const { session } = fakeBrowser.current.storage;
    grant('other.example');
    await onPermissionsAdded({ origins: ['http://other.example/*', 'https://other.example/*'] });
    expect(ids()).toEqual([]);
    session.data.set('auto:pending', 'news.example');
    grant('news.example');
    await onPermissionsAdded({ origins: ['http://news.example/*', 'https://news.example/*'] });
    expect(ids()).toEqual(['auto:news.example']);
    expect(await loadSites()).toEqual({ 'news.example': { mode: 'inherit' } });
    expect(session.data.has('auto:pending')).toBe(false);
  });

  it('a permission removed in the browser UI stops its site', async () => {
    grant('news.example');
    await enableSite('news.example');
    await onPermissionsRemoved({ origins: ['https://news.example/*'] });
    expect(ids()).toEqual([]);
    expect(fakeBrowser.current.storage.local.data.has(`${SITE_PREFIX}news.example`)).toBe(false);
  });
});

describe('messages', () => {
  it('lets an extension page switch a site on, and checks the payload', async () => {
    grant('news.example');
    expect(await handleAutoMessage({ type: 'auto/enable', payload: { host: 'news.example' } }, pageSender)).toEqual({ ok: true, value: { host: 'news.example' } });
    expect(await handleAutoMessage({ type: 'auto/enable', payload: { host: '__proto__' } }, pageSender)).toMatchObject({ ok: false, error: /host/ });
    expect(await handleAutoMessage({ type: 'auto/enable', payload: { host: 'news.example', mode: 'explode' } }, pageSender)).toMatchObject({ ok: false, error: /mode/ });
  });

  it('refuses senders of the wrong tier, and ignores other extensions and other messages', async () => {
    grant('news.example');
    expect(await handleAutoMessage({ type: 'auto/enable', payload: { host: 'news.example' } }, contentSender('https://news.example/a'))).toMatchObject({ ok: false });
    expect(await handleAutoMessage({ type: 'auto/declutter', payload: {} }, pageSender)).toMatchObject({ ok: false });
    expect(handleAutoMessage({ type: 'auto/enable', payload: { host: 'news.example' } }, { ...pageSender, id: 'another-extension' })).toBeUndefined();
    expect(handleAutoMessage({ type: 'badge/page', payload: { isArticle: true } }, pageSender)).toBeUndefined();
    expect(handleAutoMessage({ type: 'auto/enable', payload: 'news.example' }, pageSender)).toBeUndefined();
    expect(ids()).toEqual([]);
  });

  it('declutters an automatic site per its mode, and nothing elsewhere', async () => {
    grant('news.example');
    await enableSite('news.example', 'reader');
    expect(await handleAutoMessage({ type: 'auto/declutter', payload: {} }, contentSender('https://news.example/a'))).toEqual({ ok: true, value: { mode: 'reader', related: true, reader: true } });
    expect(fakeBrowser.current.injected).toEqual([{ tabId: 7, files: ['content.js', 'reader.js'] }]);
    expect(fakeBrowser.current.sent.map((s) => (s.message as { type: string }).type)).toEqual(['related/set', 'reader/open']);
    expect(await handleAutoMessage({ type: 'auto/declutter', payload: {} }, contentSender('https://elsewhere.example/a'))).toEqual({ ok: true, value: { mode: null, related: false, reader: false } });
    expect(fakeBrowser.current.injected).toHaveLength(1);
  });

  it('a site that only hides related gets no reader script, and an undo ends the page session without hiding anything', async () => {
    grant('news.example');
    await enableSite('news.example', 'hide-related');
    const sender = contentSender('https://news.example/a');
    expect(await handleAutoMessage({ type: 'auto/declutter', payload: {} }, sender)).toEqual({ ok: true, value: { mode: 'hide-related', related: true, reader: false } });
    expect(fakeBrowser.current.injected).toEqual([{ tabId: 7, files: ['content.js'] }]);
    expect(await handleAutoMessage({ type: 'auto/undo', payload: {} }, sender)).toMatchObject({ ok: true, value: { undone: true } });
    expect(fakeBrowser.current.sent.map((s) => (s.message as { type: string }).type)).toEqual(['related/set', 'page/info']);
  });

  it('a site that inherits follows the default, and a broken default falls back to hiding related', async () => {
    grant('news.example');
    await enableSite('news.example');
    const sender = contentSender('https://news.example/a');
    fakeBrowser.current.storage.sync.data.set('autoDefault', 'reader');
    expect(await handleAutoMessage({ type: 'auto/declutter', payload: {} }, sender)).toMatchObject({ value: { mode: 'reader' } });
    fakeBrowser.current.storage.sync.data.set('autoDefault', { evil: true });
    expect(await handleAutoMessage({ type: 'auto/declutter', payload: {} }, sender)).toMatchObject({ value: { mode: 'hide-related', reader: false } });
  });
});
