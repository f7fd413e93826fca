/**
 * The only module that touches the WebExtension API. Everything else imports `browser` from here,
 * so unit tests replace this one module (vi.mock) instead of the world.
 */
// Must run before the polyfill reads globalThis.browser (imports run in order).
import './browser-unclobber';
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Scripting, Tabs } from 'webextension-polyfill';
