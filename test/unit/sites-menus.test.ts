import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserProxy, createFakeBrowser, fakeBrowser } from './settings-fake';

vi.mock('../../src/lib/browser', () => ({ browser: browserProxy }));

const { onMenuClicked, createMenus } = await import('../../src/background/menus');
const { onCommand } = await import('../../src/background/commands');
const { loadSites } = await import('../../src/lib/settings-store');

const types = () => fakeBrowser.current.sent.map((s) => (s.message as { type: string }).type);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => {
  fakeBrowser.current = createFakeBrowser();
});

describe('context menu', () => {
  it('creates its two items, localised, on web pages only', async () => {
    await createMenus();
    expect(fakeBrowser.current.contextMenus.created).toEqual([
      expect.objectContaining({ id: 'declutter-page', title: 'menuDeclutterPage', documentUrlPatterns: ['http://*/*', 'https://*/*'] }),
      expect.objectContaining({ id: 'always-declutter', title: 'menuAlwaysDeclutter' }),
    ]);
  });

  it('"Always declutter" asks for the permission before anything is awaited, then makes the site automatic', async () => {
    const request = vi.spyOn(fakeBrowser.current.permissions, 'request');
    onMenuClicked({ menuItemId: 'always-declutter', pageUrl: 'https://news.example/story', editable: false, modifiers: [] }, { id: 4 } as never);
    // Synchronously: still inside the click's user gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['http://news.example/*', 'https://news.example/*'] });
    await settle();
    expect(await loadSites()).toEqual({ 'news.example': { mode: 'inherit' } });
    expect([...fakeBrowser.current.scripts.keys()]).toEqual(['auto:news.example']);
    expect(types()).toEqual(['related/set']);
  });

  it('"Always declutter" declined leaves everything as it was', async () => {
    vi.spyOn(fakeBrowser.current.permissions, 'request').mockResolvedValue(false);
    onMenuClicked({ menuItemId: 'always-declutter', pageUrl: 'https://news.example/story', editable: false, modifiers: [] }, { id: 4 } as never);
    await settle();
    expect(await loadSites()).toEqual({});
    expect(fakeBrowser.current.scripts.size).toBe(0);
  });

  it('"Declutter this page" injects the page scripts with the reader and opens it', async () => {
    onMenuClicked({ menuItemId: 'declutter-page', pageUrl: 'https://news.example/story', editable: false, modifiers: [] }, { id: 4 } as never);
    await settle();
    expect(fakeBrowser.current.injected).toEqual([{ tabId: 4, files: ['content.js', 'reader.js'] }]);
    expect(types()).toEqual(['reader/open']);
  });
});

describe('keyboard command', () => {
  it('toggles the reader: opens it when closing found nothing open', async () => {
    await onCommand('toggle-reader', { id: 9 } as never);
    expect(fakeBrowser.current.injected).toEqual([{ tabId: 9, files: ['content.js', 'reader.js'] }]);
    expect(types()).toEqual(['reader/close', 'reader/open']);
  });

  it('closes an open reader and stops there', async () => {
    vi.spyOn(fakeBrowser.current.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { closed: true } });
    await onCommand('toggle-reader');
    expect(fakeBrowser.current.injected).toEqual([{ tabId: 3, files: ['content.js', 'reader.js'] }]);
    expect(fakeBrowser.current.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('ignores other commands', async () => {
    await onCommand('something-else', { id: 9 } as never);
    expect(fakeBrowser.current.injected).toEqual([]);
  });
});
