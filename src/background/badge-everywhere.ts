/**
 * The article badge on every site, in the background: registers the every-page detector (auto.js,
 * the same script automatic sites run) for all http(s) pages once the user granted all-sites access,
 * and unregisters it and releases the access when switched off or when the access is revoked.
 */
import { browser, type Runtime, type Scripting } from '../lib/browser';
import { EVERY_SITE, EVERYWHERE_SCRIPT_ID, EVERYWHERE_TYPES, type EverywhereMessages, type EverywhereType } from '../lib/everywhere';
import { isEnvelope, settle, type Result } from '../lib/messages';

/** The registration: every http(s) page, top frame only, once the page is idle (auto.js then waits
 * until the page is in front before it looks). Persisted, so a browser restart needs nothing. */
export function everywhereScript(): Scripting.RegisteredContentScript {
  return { id: EVERYWHERE_SCRIPT_ID, matches: [...EVERY_SITE], js: ['auto.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true };
}

const granted = (): Promise<boolean> => browser.permissions.contains({ origins: [...EVERY_SITE] });

async function registered(): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [EVERYWHERE_SCRIPT_ID] })).some((s) => s.id === EVERYWHERE_SCRIPT_ID);
}

/** On: exactly when the access is granted and the detector registered. */
export async function everywhereOn(): Promise<boolean> {
  const [permitted, present] = await Promise.all([granted(), registered()]);
  return permitted && present;
}

/**
 * storage.local key remembering that the user switched it on: an extension update can drop dynamic
 * registrations, and the access alone doesn't say the user asked for the badge (a test build holds its
 * hosts from the manifest). Local, like the automatic sites: access and registration are this profile's.
 */
export const EVERYWHERE_KEY = 'badge:everywhere';

/** Switch on (the access must already be granted: only a user's click can ask for it) or off. */
export async function setEverywhere(on: boolean): Promise<{ on: boolean; released?: boolean }> {
  if (on) {
    if (!(await granted())) throw new Error('access to all sites was not granted');
    if (!(await registered())) await browser.scripting.registerContentScripts([everywhereScript()]);
    await browser.storage.local.set({ [EVERYWHERE_KEY]: true });
    return { on: true };
  }
  await browser.storage.local.remove(EVERYWHERE_KEY);
  if (await registered()) await browser.scripting.unregisterContentScripts({ ids: [EVERYWHERE_SCRIPT_ID] });
  let released = false;
  try {
    released = await browser.permissions.remove({ origins: [...EVERY_SITE] });
  } catch {
    // The test build's hosts are in its manifest and can't be released; the switch is off all the same.
  }
  return { on: false, released };
}

/**
 * At install/update, startup and on permissions.onRemoved: a registration whose access is gone is
 * dropped (and the switch forgotten); one the user asked for that an update dropped is restored.
 */
export async function reconcileEverywhere(): Promise<void> {
  const [permitted, present, wanted] = await Promise.all([granted(), registered(), browser.storage.local.get(EVERYWHERE_KEY).then((v) => v[EVERYWHERE_KEY] === true)]);
  if (present && !permitted) {
    await browser.scripting.unregisterContentScripts({ ids: [EVERYWHERE_SCRIPT_ID] });
    await browser.storage.local.remove(EVERYWHERE_KEY);
  } else if (!present && permitted && wanted) {
    await browser.scripting.registerContentScripts([everywhereScript()]);
  } else if (!permitted && wanted) {
    await browser.storage.local.remove(EVERYWHERE_KEY);
  }
}

/** runtime.onMessage listener: extension pages only (the options page); undefined for other messages. */
export function handleEverywhereMessage(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  if (sender.id !== browser.runtime.id || !isEnvelope<EverywhereMessages>(message, EVERYWHERE_TYPES)) return undefined;
  if (typeof sender.url !== 'string' || !sender.url.startsWith(browser.runtime.getURL(''))) return Promise.resolve({ ok: false, error: 'not from an extension page' });
  const { type, payload } = message as { type: EverywhereType; payload: { on?: unknown } };
  if (type === 'everywhere/get') return settle(async () => ({ on: await everywhereOn() }));
  if (typeof payload.on !== 'boolean') return Promise.resolve({ ok: false, error: 'payload.on must be a boolean' });
  return settle(() => setEverywhere(payload.on as boolean));
}
