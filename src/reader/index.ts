/**
 * reader.js: the in-page reader, injected after content.js (in the same isolated world) only when a
 * reader is asked for: from the popup, the keyboard command, the context menu or an automatic site.
 * It finishes content.js's reading of the page into the Article (precision pass and quotes run here,
 * not in the script every page gets) and answers the reader's two messages.
 */
import type { PageSession } from '../content/page-session';
import { bridgedSession } from '../content/session-bridge';
import type { Article } from '../core/types';
import { articleFromReading } from '../lib/article';
import { READER_TYPES, type ContentMessages } from '../lib/messages';
import { listenFor, startOnce } from '../lib/native-runtime';
import { closeReader, openReader } from './control';

/** Finished once per session; the session ends with its address, so a new page gets a new article. */
const articles = new WeakMap<PageSession, Article>();

function articleOf(session: PageSession): Article {
  let article = articles.get(session);
  if (!article) {
    article = articleFromReading(session.reading());
    articles.set(session, article);
  }
  return article;
}

function answer(type: keyof ContentMessages, payload: unknown): unknown {
  const page = bridgedSession();
  // Only a real `true` starts speech: the payload's shape is not vouched for by the envelope check.
  const speak = type === 'reader/open' && (payload as { speak?: unknown }).speak === true;
  return type === 'reader/open' ? openReader(page, () => articleOf(page), document, speak) : closeReader(page);
}

startOnce(Symbol.for('news-declutter.reader'), () => listenFor<ContentMessages>(READER_TYPES, answer));
