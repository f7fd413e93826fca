/**
 * webextension-polyfill for the background worker, the one place that needs what Chrome's native API
 * doesn't do: runtime.onMessage listeners that answer by returning a promise (index.ts, auto-messages.ts),
 * and contextMenus calls that return promises before Chrome 123 (menus.ts awaits removeAll). Imported
 * first by background/index.ts, so lib/browser.ts, evaluated after it, hands out the polyfilled API.
 * In Firefox the polyfill is the native `browser` itself.
 */
import polyfilled from 'webextension-polyfill';
import { POLYFILLED } from '../lib/browser-key';

(globalThis as { [POLYFILLED]?: typeof polyfilled })[POLYFILLED] = polyfilled;
