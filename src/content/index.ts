/**
 * The content script, injected on demand (activeTab + scripting) when the popup opens. It answers the
 * extension's messages about this page. Injection can happen more than once per page (each popup
 * opening), so it registers its listener only the first time.
 */
import { browser, type Runtime } from '../lib/browser';
import { isEnvelope, type ContentMessages, type Envelope, type Result } from '../lib/messages';

const HANDLERS: { [K in keyof ContentMessages]: (payload: ContentMessages[K]['request']) => ContentMessages[K]['response'] } = {
  'page/info': () => ({ title: document.title, url: location.href }),
};
const TYPES = Object.keys(HANDLERS) as (keyof ContentMessages)[];

/** Only the extension's own pages may drive this script; page scripts can't reach runtime messaging,
 * but another extension could try. */
function trusted(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

function handle(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  if (!trusted(sender) || !isEnvelope<ContentMessages>(message, TYPES)) return undefined;
  const { type, payload } = message as Envelope<ContentMessages>;
  try {
    return Promise.resolve({ ok: true, value: HANDLERS[type](payload) });
  } catch (error) {
    return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

const MARK = Symbol.for('news-declutter.content');
const scope = globalThis as typeof globalThis & { [MARK]?: true };
if (!scope[MARK]) {
  scope[MARK] = true;
  browser.runtime.onMessage.addListener(handle);
}
