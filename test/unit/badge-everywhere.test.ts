import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserProxy, createFakeBrowser, fakeBrowser } from './settings-fake';

vi.mock('../../src/lib/browser', () => ({ browser: browserProxy }));

const { setEverywhere, everywhereOn, reconcileEverywhere, handleEverywhereMessage, EVERYWHERE_KEY } = await import('../../src/background/badge-everywhere');
const { enableSite } = await import('../../src/background/sites');
const { EVERY_SITE, EVERYWHERE_SCRIPT_ID } = await import('../../src/lib/everywhere');
const { flipEverywhere } = await import('../../src/options/options-badge');

const grantAll = () => EVERY_SITE.forEach((o) => fakeBrowser.current.granted.add(o));
const ids = () => [...fakeBrowser.current.scripts.keys()].sort();
const optionsPage = { id: 'our-extension-id', url: 'chrome-extension://our-extension-id/options.html' };

beforeEach(() => {
  fakeBrowser.current = createFakeBrowser();
});

describe('what "every site" is', () => {
  it('is all http and https pages in the shipped build (no test hosts defined)', () => {
    expect(EVERY_SITE).toEqual(['http://*/*', 'https://*/*']);
  });
});

describe('the options switch (permission flow)', () => {
  it('declined: nothing is asked of the background, nothing registered', async () => {
    const ask = vi.fn();
    expect(await flipEverywhere(true, Promise.resolve(false), ask)).toBe('declined');
    expect(ask).not.toHaveBeenCalled();
  });

  it('granted: the background is told to switch on; off: to switch off', async () => {
    const ask = vi.fn(async () => ({ on: true }));
    expect(await flipEverywhere(true, Promise.resolve(true), ask)).toBe('on');
    expect(ask).toHaveBeenLastCalledWith('everywhere/set', { on: true });
    expect(await flipEverywhere(false, null, ask)).toBe('off');
    expect(ask).toHaveBeenLastCalledWith('everywhere/set', { on: false });
  });

  it('a failing background surfaces as an error, not as "on"', async () => {
    const ask = vi.fn(async () => {
      throw new Error('register failed');
    });
    await expect(flipEverywhere(true, Promise.resolve(true), ask)).rejects.toThrow(/register failed/);
  });
});

describe('the background', () => {
  it('refuses to switch on without the all-sites access, registering nothing', async () => {
    await expect(setEverywhere(true)).rejects.toThrow(/not granted/);
    expect(ids()).toEqual([]);
    expect(await everywhereOn()).toBe(false);
  });

  it('on: auto.js for every http(s) page at document_idle, persisted; off: unregistered and the access released', async () => {
    grantAll();
    expect(await setEverywhere(true)).toEqual({ on: true });
    expect(fakeBrowser.current.scripts.get(EVERYWHERE_SCRIPT_ID)).toEqual({
      id: EVERYWHERE_SCRIPT_ID, matches: ['http://*/*', 'https://*/*'], js: ['auto.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
    });
    expect(await everywhereOn()).toBe(true);
    // Twice on is still one registration.
    await setEverywhere(true);
    expect(ids()).toEqual([EVERYWHERE_SCRIPT_ID]);
    expect(await setEverywhere(false)).toEqual({ on: false, released: true });
    expect(ids()).toEqual([]);
    expect([...fakeBrowser.current.granted]).toEqual([]);
    expect(await everywhereOn()).toBe(false);
  });

  it("leaves the automatic sites' own registrations and access alone", async () => {
    ['http', 'https'].forEach((p) => fakeBrowser.current.granted.add(`${p}://news.example/*`));
    await enableSite('news.example');
    grantAll();
    await setEverywhere(true);
    await setEverywhere(false);
    expect(ids()).toEqual(['auto:news.example']);
    expect([...fakeBrowser.current.granted].sort()).toEqual(['http://news.example/*', 'https://news.example/*']);
  });

  it('reconciles: access revoked → unregistered and forgotten; registration lost in an update → restored', async () => {
    grantAll();
    await setEverywhere(true);
    fakeBrowser.current.scripts.clear();
    await reconcileEverywhere();
    expect(ids()).toEqual([EVERYWHERE_SCRIPT_ID]);
    fakeBrowser.current.granted.clear();
    await reconcileEverywhere();
    expect(ids()).toEqual([]);
    expect((await fakeBrowser.current.storage.local.get(EVERYWHERE_KEY))[EVERYWHERE_KEY]).toBeUndefined();
    // Access held without the user's switch (a test build's manifest hosts) registers nothing.
    grantAll();
    await reconcileEverywhere();
    expect(ids()).toEqual([]);
  });

  it('answers extension pages only, and checks the payload', async () => {
    grantAll();
    expect(await handleEverywhereMessage({ type: 'everywhere/set', payload: { on: true } }, { id: 'our-extension-id', url: 'https://evil.example/', tab: { id: 1 } } as never)).toMatchObject({ ok: false });
    expect(ids()).toEqual([]);
    expect(await handleEverywhereMessage({ type: 'everywhere/set', payload: { on: 'yes' } }, optionsPage as never)).toMatchObject({ ok: false, error: /boolean/ });
    expect(await handleEverywhereMessage({ type: 'everywhere/set', payload: { on: true } }, optionsPage as never)).toEqual({ ok: true, value: { on: true } });
    expect(await handleEverywhereMessage({ type: 'everywhere/get', payload: {} }, optionsPage as never)).toEqual({ ok: true, value: { on: true } });
    expect(handleEverywhereMessage({ type: 'auto/enable', payload: {} }, optionsPage as never)).toBeUndefined();
  });
});
