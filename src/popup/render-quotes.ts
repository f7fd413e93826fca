/**
 * The key quotes, each a button with its speaker. Clicking one asks the page to scroll to the quote
 * and highlight it. The list is rebuilt through DOMPurify, which drops listeners, so clicks are
 * handled once on the list and matched to the quote by index.
 */
import type { Quote } from '../core/types';
import { insertSanitized } from '../lib/sanitize';
import { byId, textElement } from './dom';
import { t } from './i18n';

function quoteItem(quote: Quote, index: number): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'quote';
  button.dataset.testid = 'quote';
  button.dataset.index = String(index);
  button.title = t('quoteShowOnPage');
  button.append(textElement('q', quote.text, 'quote-text'));
  const speaker = textElement('span', quote.speaker ?? t('unattributed'), 'quote-speaker');
  speaker.dataset.testid = 'quote-speaker';
  button.append(speaker);
  li.append(button);
  return li;
}

/**
 * Show `quotes` (hidden when there are none); `reveal` is called with the clicked quote and says
 * whether the page found it.
 */
export function renderQuotes(quotes: readonly Quote[], reveal: (quote: Quote) => Promise<boolean>): void {
  const section = byId('quotes');
  section.hidden = quotes.length === 0;
  const list = byId('quote-list');
  const fragment = document.createDocumentFragment();
  quotes.forEach((quote, i) => fragment.append(quoteItem(quote, i)));
  insertSanitized(list, fragment);
  const message = byId('quote-message');
  list.onclick = async (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-testid="quote"]');
    const quote = button && quotes[Number(button.dataset.index)];
    if (!quote) return;
    const found = await reveal(quote).catch(() => false);
    message.textContent = found ? '' : t('quoteNotFound');
    message.hidden = found;
  };
}
