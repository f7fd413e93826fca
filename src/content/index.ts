/**
 * The content script, injected on demand (activeTab + scripting) when the popup opens. It answers the
 * extension's messages about this page and reports to the toolbar badge. Injection can happen more
 * than once per page (each popup opening), so it sets itself up only the first time. It runs the page
 * half of the core (core/read.ts); the popup and the reader (reader.js) finish the article.
 */
import { CONTENT_TYPES, settle, type ContentMessages } from '../lib/messages';
import { listenFor, startOnce } from '../lib/native-runtime';
import { reportToBadge } from './badge';
import { handlers } from './handlers';
import { currentSession } from './page-session';
import { OPENING_BRIDGE, SESSION_BRIDGE, type OpeningAnswer } from './session-bridge';

function reportWhenParsed(): void {
  const report = () => {
    try {
      reportToBadge(currentSession().detection().isArticle);
    } catch {
      // Detection failing on a strange page must not surface as a page error; the badge stays blank.
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', report, { once: true });
  else report();
}

/**
 * The popup's opening question, answered for opening.js, after one turn of the event loop: the badge's
 * detection when content.js starts and the reading are then two tasks, as they were when the popup
 * asked by message, so the tab never freezes for both at once. JSON: Chrome cuts an executeScript
 * result 100 levels deep, and an article's tree can nest deeper (messages travel as JSON already).
 */
const answerOpening: OpeningAnswer = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return JSON.stringify(await settle(() => handlers['page/article']({ force: false })));
};

startOnce(Symbol.for('news-declutter.content'), () => {
  const bridges = globalThis as { [SESSION_BRIDGE]?: typeof currentSession; [OPENING_BRIDGE]?: OpeningAnswer };
  bridges[SESSION_BRIDGE] = currentSession;
  bridges[OPENING_BRIDGE] = answerOpening;
  // Only the extension's own pages may drive this script (page scripts can't reach runtime messaging,
  // but another extension could try); the reader's and a quote's messages are reader.js's and reveal.js's.
  listenFor<ContentMessages>(CONTENT_TYPES, (type, payload) => (handlers[type as keyof typeof handlers] as (payload: unknown) => unknown)(payload));
  reportWhenParsed();
});
