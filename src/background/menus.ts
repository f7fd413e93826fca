/**
 * The page's context menu: "Declutter this page" (opens the reader; the click grants activeTab) and
 * "Always declutter on this site" (asks for the site's permission, then makes it automatic).
 */
import { browser, type Tabs } from '../lib/browser';
import { originsOf, siteOf } from '../lib/settings';
import { declutterTab } from './auto-messages';
import { openReader } from './page-actions';
import { enableSite } from './sites';

const DECLUTTER_PAGE = 'declutter-page';
const ALWAYS_DECLUTTER = 'always-declutter';
/** The click data, taken from the listener's type (browser.ts re-exports only a few namespaces). */
type OnClickData = Parameters<Parameters<typeof browser.contextMenus.onClicked.addListener>[0]>[0];

const WEB_PAGES = ['http://*/*', 'https://*/*'];

/** Create the menu items. Called from runtime.onInstalled: Chrome keeps them across worker restarts,
 * and so does Firefox for event pages since 106 (https://bugzilla.mozilla.org/show_bug.cgi?id=1771328). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: DECLUTTER_PAGE, title: browser.i18n.getMessage('menuDeclutterPage'), contexts: ['page'], documentUrlPatterns: WEB_PAGES });
  browser.contextMenus.create({ id: ALWAYS_DECLUTTER, title: browser.i18n.getMessage('menuAlwaysDeclutter'), contexts: ['page'], documentUrlPatterns: WEB_PAGES });
}

/**
 * contextMenus.onClicked listener. A menu click is a user gesture in Chrome and Firefox, but only until
 * the first await, so `permissions.request` is called before anything else.
 */
export function onMenuClicked(info: OnClickData, tab?: Tabs.Tab): void {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  if (info.menuItemId === DECLUTTER_PAGE) {
    void openReader(tabId).catch(() => undefined);
    return;
  }
  const host = siteOf(info.pageUrl);
  if (info.menuItemId !== ALWAYS_DECLUTTER || !host) return;
  void browser.permissions
    .request({ origins: originsOf(host) })
    .then(async (granted) => {
      if (!granted) return;
      await enableSite(host);
      await declutterTab(tabId, info.pageUrl);
    })
    .catch(() => undefined);
}

/** Firefox only (menus.onShown): name the site in the item, "Always declutter on example.com". */
export function onMenuShown(info: { pageUrl?: string; menuIds: (string | number)[] }): void {
  const host = siteOf(info.pageUrl);
  if (!host || !info.menuIds.includes(ALWAYS_DECLUTTER)) return;
  void browser.contextMenus.update(ALWAYS_DECLUTTER, { title: browser.i18n.getMessage('autoToggleLabel', host) }).then(() => browser.contextMenus.refresh?.());
}
