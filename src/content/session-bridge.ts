import type { PageSession } from './page-session';

/** Where content.js leaves its `currentSession` for reader.js, which is injected into the same isolated
 * world (a Symbol.for key: no page markup can clobber it, and page scripts never see this world). Its
 * own module, so reader.js can name it without bundling content.js's code. */
export const SESSION_BRIDGE = Symbol.for('news-declutter.session');

/** content.js's session of this page, for the scripts injected after it (reader.js, reveal.js). */
export function bridgedSession(): PageSession {
  const current = (globalThis as { [SESSION_BRIDGE]?: () => PageSession })[SESSION_BRIDGE];
  if (!current) throw new Error('content.js is not on this page');
  return current();
}

/** Where content.js leaves its answer to the popup's opening question, for opening.js (see there). */
export const OPENING_BRIDGE = Symbol.for('news-declutter.opening');

/** The live content script's answer to `page/article` (not forced): a `Result<PageArticle>` as JSON. */
export type OpeningAnswer = () => Promise<string>;
