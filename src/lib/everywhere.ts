/**
 * The article badge on every site: what "every site" means, and the two messages an extension page
 * sends the background about it. Its truth lives in the browser, not in settings: the switch is on
 * exactly when the all-sites permission is granted and the detector is registered, so a permission
 * revoked in the browser's own UI turns it off without anything to reconcile in storage.
 */
import { browser } from './browser';
import type { Result } from './messages';

declare const __TEST_HOSTS__: string[] | undefined;

/**
 * All http and https pages. The test build asks for the hosts its manifest already grants instead
 * (build.mjs defines __TEST_HOSTS__): a headless browser can't answer a permission prompt, and a
 * request for origins already granted resolves true without one, so the e2e runs this same path:
 * request, register, badge. The shipped builds define it as an empty list.
 */
export const EVERY_SITE: readonly string[] = typeof __TEST_HOSTS__ !== 'undefined' && __TEST_HOSTS__.length ? __TEST_HOSTS__ : ['http://*/*', 'https://*/*'];

/** The registration's id; not `auto:` (sites.ts owns those, one per automatic site). */
export const EVERYWHERE_SCRIPT_ID = 'badge:everywhere';

export interface EverywhereMessages {
  /** Whether the badge is on for every site (permission granted and detector registered). */
  'everywhere/get': { request: Record<string, never>; response: { on: boolean } };
  /** Turn it on (the permission must already be granted, inside the user's click) or off (released). */
  'everywhere/set': { request: { on: boolean }; response: { on: boolean; released?: boolean } };
}

export type EverywhereType = keyof EverywhereMessages;
export const EVERYWHERE_TYPES: readonly EverywhereType[] = ['everywhere/get', 'everywhere/set'];

/** From an extension page: ask the background, unwrapping its answer (errors throw with its sentence). */
export async function askEverywhere<K extends EverywhereType>(type: K, payload: EverywhereMessages[K]['request']): Promise<EverywhereMessages[K]['response']> {
  const answer = (await browser.runtime.sendMessage({ type, payload })) as Result<EverywhereMessages[K]['response']> | undefined;
  if (!answer) throw new Error('the extension did not answer');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}
