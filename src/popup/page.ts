import { browser } from '../lib/browser';
import type { ContentMessages, Result } from '../lib/messages';

/**
 * Make sure our content script runs in the tab (injecting it is idempotent: it registers its listener
 * once), then ask it something and unwrap the `Result` it answers with. Injection needs only
 * activeTab, granted by the toolbar click.
 */
export async function askPage<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  payload: ContentMessages[K]['request'],
): Promise<ContentMessages[K]['response']> {
  // injectImmediately: otherwise Chrome holds the injection until the page is idle, and a page still
  // loading would leave the popup waiting in silence instead of saying so.
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'], injectImmediately: true });
  const result = (await browser.tabs.sendMessage(tabId, { type, payload })) as Result<ContentMessages[K]['response']> | undefined;
  if (!result) throw new Error('the page did not answer');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
