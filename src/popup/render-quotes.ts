/**
 * The key quotes, each a button with its speaker. Clicking one asks the page to scroll to the quote
 * and highlight it. The list is rebuilt through DOMPurify, which drops listeners, so clicks are
 * handled once on the list and matched to the quote by index.
 */
import { byId } from '../lib/dom';
import { t } from '../lib/i18n';
import { insertSanitized } from '../lib/sanitize';
import { buildQuoteItems } from '../render/dom';
import type { ViewStrings } from '../render/strings';
import type { ViewQuote } from '../render/view';

/**
 * Show `quotes` (hidden when there are none); `reveal` is called with the clicked quote and says
 * whether the page found it.
 */
export function renderQuotes(quotes: readonly ViewQuote[], strings: ViewStrings, reveal: (quote: ViewQuote) => Promise<boolean>): void {
  const section = byId('quotes');
  section.hidden = quotes.length === 0;
  const list = byId('quote-list');
  insertSanitized(list, buildQuoteItems(document, quotes, strings, { title: t('quoteShowOnPage') }));
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
