/**
 * The content script, injected on demand (activeTab + scripting) when the popup opens. It answers the
 * extension's messages about this page and reports to the toolbar badge. Injection can happen more
 * than once per page (each popup opening), so it sets itself up only the first time. It runs the page
 * half of the core (core/read.ts); the popup and the reader (reader.js) finish the article.
 */
import { CONTENT_TYPES, isEnvelope, settle, type ContentMessages, type Envelope, type Result } from '../lib/messages';
import { extensionId, listen, type Sender } from '../lib/native-runtime';
import { reportToBadge } from './badge';
import { handlers } from './handlers';
import { currentSession, SESSION_BRIDGE } from './page-session';

/** Only the extension's own pages may drive this script; page scripts can't reach runtime messaging,
 * but another extension could try. */
function trusted(sender: Sender): boolean {
  const id = extensionId();
  return id !== null && sender.id === id;
}

function handle(message: unknown, sender: Sender): Promise<Result<unknown>> | undefined {
  // Not ours (or reader.js's): answer nothing, so another listener (or nobody) may.
  if (!trusted(sender) || !isEnvelope<ContentMessages>(message, CONTENT_TYPES)) return undefined;
  const { type, payload } = message as Envelope<ContentMessages>;
  const handler = handlers[type as keyof typeof handlers] as (payload: unknown) => unknown;
  return settle(() => handler(payload));
}

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

// The mark holds a liveness check rather than `true`: after the extension is reloaded, the old copy
// stays in this isolated world with a dead runtime, and the new copy must take over, not defer to it.
const MARK = Symbol.for('news-declutter.content');
const scope = globalThis as typeof globalThis & { [MARK]?: () => boolean; [SESSION_BRIDGE]?: typeof currentSession };
if (!scope[MARK]?.()) {
  scope[MARK] = () => extensionId() !== null;
  scope[SESSION_BRIDGE] = currentSession;
  listen(handle);
  reportWhenParsed();
}
