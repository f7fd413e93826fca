import { browser, type Tabs } from '../lib/browser';

/** `popup.html?tabId=N` works on tab N (tests, and the reader's "open in popup"); otherwise the active tab. */
export async function targetTab(search: string): Promise<Tabs.Tab | undefined> {
  const id = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(id) && id >= 0 && new URLSearchParams(search).has('tabId')) return browser.tabs.get(id);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
