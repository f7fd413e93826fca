import { browser } from '../lib/browser';
import { scriptsFor, type ContentMessages, type Result } from '../lib/messages';

type Answer<K extends keyof ContentMessages> = Result<ContentMessages[K]['response']> | undefined;

async function send<K extends keyof ContentMessages>(tabId: number, type: K, payload: ContentMessages[K]['request']): Promise<Answer<K>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as Answer<K>;
}

/**
 * Ask our page scripts something about the page and unwrap the `Result` it answers with. They are
 * asked first and injected (content.js, and reader.js for the reader) only when nobody answers (the first opening on a page, or
 * after the extension was reloaded): re-running a bundle with Readability on every opening is the
 * largest avoidable cost of a warm popup. Injection needs only activeTab, granted by the toolbar click.
 */
export async function askPage<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  payload: ContentMessages[K]['request'],
): Promise<ContentMessages[K]['response']> {
  let result = await send(tabId, type, payload).catch(() => undefined);
  if (!result) {
    // injectImmediately: otherwise Chrome holds the injection until the page is idle, and a page
    // still loading would leave the popup waiting in silence instead of saying so.
    await browser.scripting.executeScript({ target: { tabId }, files: scriptsFor(type), injectImmediately: true });
    result = await send(tabId, type, payload);
  }
  if (!result) throw new Error('the page did not answer');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
