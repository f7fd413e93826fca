/**
 * auto.js: registered (scripting.registerContentScripts) on each automatic site and run at
 * document_idle on every page load there, so it stays tiny: it only runs the cheap detection and,
 * for an article, asks the background to inject the full content script and declutter per the
 * site's mode. A non-article page is left alone. In-app navigation is followed (auto-follow.ts).
 */
import { followPage } from './auto-follow';

// Registered scripts run once per document, but guard anyway: a second copy would double every message.
const MARK = Symbol.for('news-declutter.auto');
const scope = globalThis as typeof globalThis & { [MARK]?: AbortController };
if (!scope[MARK]) {
  scope[MARK] = new AbortController();
  followPage(scope[MARK].signal);
}
