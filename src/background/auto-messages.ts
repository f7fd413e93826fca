/**
 * The background's handler for automatic-site messages, tiered by trust: switching a site on or off is
 * for the extension's own pages only; decluttering a tab is for our content script on that tab only.
 * Every payload's shape is checked before anything runs.
 */
import { browser, type Runtime } from '../lib/browser';
import { isEnvelope, settle, type Result } from '../lib/messages';
import { isHost, SITE_MODES, siteOf } from '../lib/settings';
import { AUTO_TYPES, CONTENT_ONLY, PAGE_ONLY, type AutoMessages, type AutoMessageType } from '../lib/settings-messages';
import { loadSiteMode } from '../lib/settings-store';
import { injectFor, tellPage } from './page-actions';
import { disableSite, enableSite } from './sites';

type Request<K extends AutoMessageType> = AutoMessages[K]['request'];
type Response<K extends AutoMessageType> = AutoMessages[K]['response'];

/** An extension page (popup, options) — its URL is inside the extension, whether or not it sits in a tab. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** Our content script, in a tab's top frame. */
function fromContentScript(sender: Runtime.MessageSender): sender is Runtime.MessageSender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && !fromExtensionPage(sender) && typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0;
}

function hostOf(payload: unknown): string {
  const host = (payload as { host?: unknown }).host;
  if (!isHost(host)) throw new Error('payload.host is not a host name');
  return host;
}

/** Declutter a tab of an automatic site per its mode: hide related, and open the reader if the mode says so. */
export async function declutterTab(tabId: number, url: string | undefined): Promise<Response<'auto/declutter'>> {
  const host = siteOf(url);
  // The registration may outlive the switch by a page load (a tab opened before it was turned off).
  const mode = host ? await loadSiteMode(host) : null;
  if (!mode) return { mode: null, related: false, reader: false };
  await injectFor(tabId, mode === 'reader' ? 'reader/open' : 'related/set');
  const related = await tellPage(tabId, 'related/set', { hidden: true });
  const reader = mode === 'reader' ? await tellPage(tabId, 'reader/open', {}) : null;
  return { mode, related: related.ok && related.value.hidden, reader: !!reader?.ok && reader.value.open };
}

/**
 * After an in-app navigation. content.js keeps one session per address and, on its next message from a
 * new address, aborts the old session, which restores every rail it hid and closes a reader showing
 * the old article; `page/info` is that message, and does nothing else. Showing rails first would be
 * wrong: the request would already land in the new address's session and only unhide-then-rehide the
 * new page.
 */
async function undo(tabId: number): Promise<Response<'auto/undo'>> {
  const info = await tellPage(tabId, 'page/info', {});
  return { undone: info.ok };
}

/** The work behind each message, once its sender and shape have passed. */
function run(type: AutoMessageType, payload: Request<AutoMessageType>, sender: Runtime.MessageSender): Promise<unknown> {
  switch (type) {
    case 'auto/enable': {
      const mode = (payload as Request<'auto/enable'>).mode;
      if (mode !== undefined && !SITE_MODES.includes(mode)) throw new Error('payload.mode is not a mode');
      const host = hostOf(payload);
      return enableSite(host, mode).then(() => ({ host }));
    }
    case 'auto/disable': {
      const host = hostOf(payload);
      return disableSite(host).then(({ released }) => ({ host, released }));
    }
    case 'auto/declutter':
      return declutterTab(sender.tab!.id!, sender.url ?? sender.tab?.url);
    case 'auto/undo':
      return undo(sender.tab!.id!);
  }
}

/**
 * runtime.onMessage listener for the automatic-site messages. Returns undefined for any other message
 * (so other listeners answer theirs), and an error value for a known message from the wrong sender.
 */
export function handleAutoMessage(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  if (sender.id !== browser.runtime.id || !isEnvelope<AutoMessages>(message, AUTO_TYPES)) return undefined;
  const { type, payload } = message as { type: AutoMessageType; payload: Request<AutoMessageType> };
  if (PAGE_ONLY.includes(type) && !fromExtensionPage(sender)) return Promise.resolve({ ok: false, error: `${type}: not from an extension page` });
  if (CONTENT_ONLY.includes(type) && !fromContentScript(sender)) return Promise.resolve({ ok: false, error: `${type}: not from a content script` });
  return settle(() => run(type, payload, sender));
}
