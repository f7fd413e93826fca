/**
 * Opens and closes the in-page reader for the current page session. The reader's changes hang off a
 * controller the session holds, so a navigation that ends the session closes the reader too.
 */
import { browser } from '../lib/browser';
import { mountReader } from '../reader/mount';
import type { ReaderStrings } from '../reader/render';
import type { PageSession } from './page-session';

function readerStrings(): ReaderStrings {
  const t = (key: string, sub?: string) => browser.i18n.getMessage(key, sub) || key;
  return {
    close: t('readerClose'),
    keyQuotes: t('keyQuotesHeading'),
    truncated: t('truncatedNotice'),
    readingTime: (minutes) => t('readingTime', String(minutes)),
  };
}

/** Open the reader with the session's article (extracted now if it wasn't yet); idempotent. */
export function openReader(session: PageSession, doc: Document = document): { open: boolean } {
  if (session.current('reader')) return { open: true };
  const article = session.article();
  const reader = new AbortController();
  session.replace('reader', reader);
  mountReader(doc, article, readerStrings(), reader.signal, () => session.replace('reader', null));
  return { open: true };
}

/** Close the reader if it is open; says whether it was. */
export function closeReader(session: PageSession): { closed: boolean } {
  const open = session.current('reader') !== null;
  session.replace('reader', null);
  return { closed: open };
}
