/**
 * Messages about automatic sites, handled by the background worker. Kept apart from messages.ts (the
 * page and badge messages) so this feature's trust rules sit next to its message shapes.
 */
import { browser } from './browser';
import type { Result } from './messages';
import type { AutoMode, SiteMode } from './settings';

export interface AutoMessages {
  /** From an extension page, after its permission was granted: make a site automatic. */
  'auto/enable': { request: { host: string; mode?: SiteMode }; response: { host: string } };
  /** From an extension page: stop, unregister, release the permission, forget. */
  'auto/disable': { request: { host: string }; response: { host: string; released: boolean } };
  /** From auto.js on an automatic site whose page is an article: declutter it per the site's mode. */
  'auto/declutter': { request: Record<string, never>; response: { mode: AutoMode | null; related: boolean; reader: boolean } };
  /** From auto.js when the page navigated in-app: undo what the last declutter did. */
  'auto/undo': { request: Record<string, never>; response: { undone: boolean } };
}

export type AutoMessageType = keyof AutoMessages;
export const AUTO_TYPES: readonly AutoMessageType[] = ['auto/enable', 'auto/disable', 'auto/declutter', 'auto/undo'];
/** storage.session key: the site whose switch was just turned on, while its permission prompt is open
 * (the background finishes the switch if the popup closes before the answer). */
export const PENDING_KEY = 'auto:pending';

/** Messages only the extension's own pages (popup, options) may send. */
export const PAGE_ONLY: readonly AutoMessageType[] = ['auto/enable', 'auto/disable'];
/** Messages only our content script on an automatic site may send (they act on the sender's tab). */
export const CONTENT_ONLY: readonly AutoMessageType[] = ['auto/declutter', 'auto/undo'];

/** From an extension page: send a site message to the background and unwrap its answer (errors throw
 * here, with the background's sentence, so the page can show it). */
export async function askBackground<K extends 'auto/enable' | 'auto/disable'>(type: K, payload: AutoMessages[K]['request']): Promise<AutoMessages[K]['response']> {
  const answer = (await browser.runtime.sendMessage({ type, payload })) as Result<AutoMessages[K]['response']> | undefined;
  if (!answer) throw new Error('the extension did not answer');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}
