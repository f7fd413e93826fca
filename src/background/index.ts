/**
 * The service worker (an event page in Firefox). Every listener is registered synchronously at the top
 * level: the worker is stopped and restarted at any moment, and nothing may live only in memory.
 * Later work adds the badge, the keyboard command, the context menu and per-site registration here.
 */
import { browser } from '../lib/browser';
import { loadSettings } from '../lib/settings-store';
import { handleAutoMessage } from './auto-messages';
import { onCommand } from './commands';
import { createMenus, onMenuClicked, onMenuShown } from './menus';
import { onPermissionsRemoved, reconcile } from './sites';

browser.runtime.onInstalled.addListener(() => {
  // Migrate and repair stored settings once, then bring the automatic sites in line with them.
  void loadSettings().then(reconcile).catch((error) => console.error('settings/sites reconcile failed', error));
  void createMenus();
});
// A site permission revoked while the extension was off shows up only here.
browser.runtime.onStartup.addListener(() => void reconcile().catch((error) => console.error('sites reconcile failed', error)));

// Automatic sites: enable/disable from extension pages, declutter/undo from auto.js.
browser.runtime.onMessage.addListener(handleAutoMessage);
browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(removed));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
browser.contextMenus.onClicked.addListener(onMenuClicked);
// menus.onShown exists in Firefox only; Chrome keeps the item's generic title.
browser.contextMenus.onShown?.addListener(onMenuShown);
