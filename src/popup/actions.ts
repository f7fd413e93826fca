/**
 * The footer's two actions: open the in-page reader, copy the article as Markdown. The clipboard is
 * written from the popup (an extension page the click just focused), so no permission is needed.
 */
import type { Article } from '../core/types';
import { formatDate } from '../reader/render';
import { byId, byTestId } from './dom';
import { t } from './i18n';
import { articleToMarkdown } from './markdown';

/** Wire the footer for `article`; `openReader` asks the page to show it (`speak`: reading it aloud). */
export function renderActions(article: Article, uiLanguage: string, openReader: (speak: boolean) => Promise<unknown>): void {
  byId('actions').hidden = false;
  const message = byId('copy-message');
  const open = (speak: boolean) => async () => {
    try {
      await openReader(speak);
      // The reader is on the page now; the popup has done its job.
      if (!new URLSearchParams(location.search).has('tabId')) window.close();
    } catch (error) {
      console.warn('opening the reader failed', error);
      message.textContent = t('readerOpenFailed');
    }
  };
  byTestId<HTMLButtonElement>('reader-button').onclick = open(false);
  byTestId<HTMLButtonElement>('listen').onclick = open(true);
  byTestId<HTMLButtonElement>('copy-markdown').onclick = async () => {
    const markdown = articleToMarkdown(article, {
      keyQuotes: t('keyQuotesHeading'),
      unattributed: t('unattributed'),
      readingTime: (minutes) => t('readingTime', String(minutes)),
      date: (value) => formatDate(value, uiLanguage),
    });
    try {
      await navigator.clipboard.writeText(markdown);
      message.textContent = t('copied');
    } catch {
      message.textContent = t('copyFailed');
    }
  };
}
