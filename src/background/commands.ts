/**
 * The keyboard command (manifest `commands`): toggle the in-page reader on the active tab. Pressing a
 * command's keys grants activeTab for that tab, in Chrome and Firefox alike, so no host permission is
 * needed to inject content.js.
 */
import { browser, type Tabs } from '../lib/browser';
import { toggleReader } from './page-actions';

/** The command's name in manifest.json. */
export const TOGGLE_READER = 'toggle-reader';

/** commands.onCommand listener. `tab` is passed by Chrome 86+ and Firefox; older calls fall back to a query. */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== TOGGLE_READER) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  // A restricted page (the store, browser pages) refuses injection; there is nothing to show for it.
  await toggleReader(target.id).catch(() => undefined);
}
