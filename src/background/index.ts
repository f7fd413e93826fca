/**
 * The service worker (an event page in Firefox). Every listener is registered synchronously at the top
 * level: the worker is stopped and restarted at any moment, and nothing may live only in memory.
 * Here: the toolbar badge, the keyboard command, the context menu and per-site registration.
 */
// First: the polyfill must be in place before lib/browser.ts picks the API (see polyfill.ts).
import './polyfill';
import { browser, type Runtime } from '../lib/browser';
import { BACKGROUND_TYPES, isEnvelope, settle, type BackgroundMessages, type Envelope, type Result } from '../lib/messages';
import { loadSettings } from '../lib/settings-store';
import { showPageBadge } from './badge';
import { handleEverywhereMessage, reconcileEverywhere } from './badge-everywhere';
import { handleAutoMessage } from './auto-messages';
import { onCommand } from './commands';
import { createMenus, onMenuClicked, onMenuShown } from './menus';
import { onPermissionsAdded, onPermissionsRemoved, reconcile } from './sites';

browser.runtime.onInstalled.addListener(() => {
  // Migrate and repair stored settings once, then bring the automatic sites in line with them.
  void loadSettings().then(reconcile).catch((error) => console.error('settings/sites reconcile failed', error));
  void createMenus();
  void reconcileEverywhere().catch(() => undefined);
});
// A site permission revoked while the extension was off shows up only here.
browser.runtime.onStartup.addListener(() => void reconcile().catch((error) => console.error('sites reconcile failed', error)));
// The article badge on every site: switched from the options page, dropped when its access is revoked.
browser.runtime.onStartup.addListener(() => void reconcileEverywhere().catch(() => undefined));
browser.runtime.onMessage.addListener(handleEverywhereMessage);
browser.permissions.onRemoved.addListener(() => void reconcileEverywhere().catch(() => undefined));

// Automatic sites: enable/disable from extension pages, declutter/undo from auto.js.
browser.runtime.onMessage.addListener(handleAutoMessage);
browser.permissions.onAdded.addListener((added) => void onPermissionsAdded(added).catch(() => undefined));
browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(removed));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
browser.contextMenus.onClicked.addListener(onMenuClicked);
// menus.onShown exists in Firefox only; Chrome keeps the item's generic title.
browser.contextMenus.onShown?.addListener(onMenuShown);

// The badge: content scripts report whether their page is an article.
/** Content scripts of this extension only: same id, and a tab to put the badge on. */
function fromOwnContentScript(sender: Runtime.MessageSender): sender is Runtime.MessageSender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number';
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
  if (!fromOwnContentScript(sender) || !isEnvelope<BackgroundMessages>(message, BACKGROUND_TYPES)) return undefined;
  const { payload } = message as Envelope<BackgroundMessages, 'badge/page'>;
  if (typeof payload.isArticle !== 'boolean') return Promise.resolve({ ok: false, error: 'isArticle must be a boolean' });
  return settle(() => showPageBadge(sender.tab.id, payload.isArticle));
});
