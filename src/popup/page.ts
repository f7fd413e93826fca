import { browser } from '../lib/browser';
import { scriptsFor, type ContentMessages, type PageArticle, type Result } from '../lib/messages';

type Answer<K extends keyof ContentMessages> = Result<ContentMessages[K]['response']> | undefined;

async function send<K extends keyof ContentMessages>(tabId: number, type: K, payload: ContentMessages[K]['request']): Promise<Answer<K>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as Answer<K>;
}

/**
 * Ask our page scripts something about the page and unwrap the `Result` it answers with. They are
 * asked first and injected (content.js, and reader.js for the reader) only when nobody answers: the
 * page was reloaded since the popup opened, or the extension was. The popup's first question goes
 * through openArticle instead. Injection needs only activeTab, granted by the toolbar click.
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
  return unwrap(result);
}

/** The value of a page script's `Result`, or its error thrown, for the popup to say as a sentence. */
function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * The popup's opening question, `page/article` not forced, asked by injecting: content.js, then
 * opening.js, whose completion value is the live content script's answer (src/content/opening.ts).
 * One round trip on a fresh page, where asking first would take three. On a page that has the script
 * already, content.js sees its live copy and stops at once, and the live copy answers from its cache:
 * bench:popup measured no cost on that path. A browser that hands back no completion value is asked
 * the usual way.
 */
export async function openArticle(tabId: number): Promise<PageArticle> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['content.js', 'opening.js'], injectImmediately: true });
  if (typeof frame?.result !== 'string') return askPage(tabId, 'page/article', { force: false });
  return unwrap(JSON.parse(frame.result) as Result<PageArticle>);
}
