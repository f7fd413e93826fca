/**
 * The WebExtension API for the extension's pages (the popup, the options page) and the reader. Both
 * browsers' native namespaces return promises for everything these call: Firefox's `browser`, and
 * Chrome MV3's `chrome`. So no webextension-polyfill here: it is 10 KB, and the popup would load it
 * before it could ask the page anything. The background worker is the one place that wants it
 * (background/polyfill.ts installs it before anything reads this module). Scripts injected into pages
 * without the reader use lib/native-runtime.ts, smaller still. Unit tests replace this module (vi.mock).
 */
import type Browser from 'webextension-polyfill';
import { POLYFILLED } from './browser-key';

type Scope = { [POLYFILLED]?: typeof Browser; browser?: { runtime?: { getURL?: unknown } }; chrome?: unknown };

/**
 * The API of this world. In a content script's world (the reader), a page can clobber `browser` with
 * its markup: window's named properties reach the isolated world, so `<form id="browser"><input
 * name="runtime" id="x">` makes `browser.runtime.id` a string (test/fixtures/hostile/36-clobber-
 * browser-runtime.html). Clobbering yields elements, never functions: a `browser` whose
 * runtime.getURL can't be called is the page's, and Chrome's `chrome` is the API.
 */
function api(): typeof Browser {
  const scope = globalThis as Scope;
  if (scope[POLYFILLED]) return scope[POLYFILLED];
  return (typeof scope.browser?.runtime?.getURL === 'function' ? scope.browser : scope.chrome) as typeof Browser;
}

export const browser = api();
export type { Runtime, Scripting, Tabs } from 'webextension-polyfill';
