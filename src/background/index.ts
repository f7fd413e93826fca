/**
 * The service worker (an event page in Firefox). Every listener is registered synchronously at the top
 * level: the worker is stopped and restarted at any moment, and nothing may live only in memory.
 * Later work adds the badge, the keyboard command, the context menu and per-site registration here.
 */
import { browser } from '../lib/browser';

browser.runtime.onInstalled.addListener(() => {
  // Nothing to migrate yet; the settings module (src/lib/settings.ts) will repair stored values here.
});
