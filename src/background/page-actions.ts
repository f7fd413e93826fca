/**
 * Acting on a tab's page from the background: inject the page scripts (content.js, and reader.js for
 * the reader; both idempotent) and send them one of their messages. Used by automatic sites, the keyboard command and the
 * context menu. Failures come back as values, like every other message.
 */
import { browser } from '../lib/browser';
import { scriptsFor, type ContentMessageType, type ContentMessages, type Result } from '../lib/messages';

/** Inject what the tab's top frame needs to answer `type`: content.js, and reader.js for the reader's
 * messages (each sets itself up once, so this is idempotent). */
export async function injectFor(tabId: number, type: ContentMessageType): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: scriptsFor(type) });
}

/** Send one message to content.js in the tab's top frame; a missing or failing handler is an
 * `{ ok: false }` value, never a throw. */
export async function tellPage<K extends keyof ContentMessages>(tabId: number, type: K, payload: ContentMessages[K]['request']): Promise<Result<ContentMessages[K]['response']>> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 })) as Result<ContentMessages[K]['response']> | undefined;
    return answer ?? { ok: false, error: `no handler for ${String(type)}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Open the in-page reader on a tab ("Declutter this page"). */
export async function openReader(tabId: number): Promise<Result<{ open: boolean }>> {
  await injectFor(tabId, 'reader/open');
  return tellPage(tabId, 'reader/open', {});
}

/** Close the reader if it is open, else open it (the keyboard command). */
export async function toggleReader(tabId: number): Promise<Result<{ open: boolean }>> {
  await injectFor(tabId, 'reader/open');
  const closed = await tellPage(tabId, 'reader/close', {});
  if (closed.ok && closed.value.closed) return { ok: true, value: { open: false } };
  return tellPage(tabId, 'reader/open', {});
}
