/**
 * Tells the background worker whether this page is an article, so the toolbar badge can say so.
 * Best effort: if the worker can't be reached (the extension was just reloaded), the badge simply
 * stays as it was; nothing on the page depends on it.
 */
import type { BackgroundMessages, Envelope } from '../lib/messages';
import { sendToBackground } from '../lib/native-runtime';

/** Report the page's verdict to the background worker. */
export function reportToBadge(isArticle: boolean): void {
  const message: Envelope<BackgroundMessages, 'badge/page'> = { type: 'badge/page', payload: { isArticle } };
  sendToBackground(message).catch(() => undefined);
}
