/**
 * Imported by browser.ts before webextension-polyfill, for the content script's sake. A page can
 * clobber `browser` in the content script's isolated world with its own markup: window's named
 * properties are visible there too, so `<form id="browser"><input name="runtime" id="x"></form>` makes
 * `globalThis.browser.runtime.id` a truthy string. The polyfill then takes the page's form for the real
 * API and the content script dies on its first call: any page could switch the extension off
 * (test/fixtures/hostile/36-clobber-browser-runtime.html). DOM clobbering yields elements, never
 * functions, so a `browser` without a callable runtime.getURL is not the WebExtension API; shadow it
 * with an own property of this world's global, which the page's world never sees.
 */
const scope = globalThis as { browser?: { runtime?: { getURL?: unknown } } };
if (scope.browser !== undefined && typeof scope.browser?.runtime?.getURL !== 'function') {
  Object.defineProperty(globalThis, 'browser', { value: undefined, configurable: true, writable: true });
}

export {};
