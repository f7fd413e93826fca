/**
 * auto.js: registered (scripting.registerContentScripts) on each automatic site, and on every http(s)
 * page once the article badge is switched on everywhere, and run at document_idle on every page load
 * there, so it stays tiny: it only runs the cheap detection, lights the toolbar badge on an article
 * and, for an article, asks the background to declutter per the site's mode (the background does
 * nothing where the site isn't automatic). It never changes the page itself. A page loaded in a
 * background tab is not looked at until it comes to the front. In-app navigation is followed
 * (auto-follow.ts).
 */
import { followPage } from './auto-follow';

// Registered scripts run once per document, but guard anyway: a second copy would double every message.
const MARK = Symbol.for('news-declutter.auto');
const scope = globalThis as typeof globalThis & { [MARK]?: AbortController };
if (!scope[MARK]) {
  scope[MARK] = new AbortController();
  followPage(scope[MARK].signal);
}
