/**
 * The footer's two actions: open the in-page reader, copy the article as Markdown. The clipboard is
 * written from the popup (an extension page the click just focused), so no permission is needed.
 */
import { byId, byTestId } from '../lib/dom';
import { t } from '../lib/i18n';
import { toMarkdown } from '../render/markdown';
import type { ViewStrings } from '../render/strings';
import type { ArticleView } from '../render/view';

/** Copy as Markdown's text: the render layer's Markdown, the same the CLI writes (related stories aside). */
export function copiedMarkdown(view: ArticleView, strings: ViewStrings): string {
  return toMarkdown(view, strings, { showRelated: false });
}

/** Wire the footer for the article in `view`; `openReader` asks the page to show it (`speak`: reading it aloud). */
export function renderActions(view: ArticleView, strings: ViewStrings, openReader: (speak: boolean) => Promise<unknown>): void {
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
    const markdown = copiedMarkdown(view, strings);
    try {
      await navigator.clipboard.writeText(markdown);
      message.textContent = t('copied');
    } catch {
      message.textContent = t('copyFailed');
    }
  };
}
