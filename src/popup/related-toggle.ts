/**
 * The "N related stories hidden" switch. Checked = hidden (a DESIGN.md contract). Flipping it asks the
 * page to hide or show its rails at once; when they are shown, the popup lists them as links too.
 */
import type { Related } from '../core/types';
import { safeHttpUrl } from '../lib/safe-url';
import { insertSanitized } from '../lib/sanitize';
import { byId, byTestId, textElement } from './dom';
import { t } from './i18n';

function label(count: number, hidden: boolean): string {
  if (count === 1) return t(hidden ? 'relatedHiddenOne' : 'relatedShownOne');
  return t(hidden ? 'relatedHidden' : 'relatedShown', String(count));
}

/** The related stories as headed lists of links; items without a web link are listed as text. */
function relatedList(related: Related, base: string | null): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of related.blocks) {
    fragment.append(textElement('h3', block.heading ?? t('relatedHeading'), 'related-heading'));
    const list = document.createElement('ul');
    for (const item of block.items) {
      const li = document.createElement('li');
      const href = safeHttpUrl(item.url, base);
      if (href) {
        const a = textElement('a', item.title);
        a.href = href;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        li.append(a);
      } else {
        li.append(item.title);
      }
      list.append(li);
    }
    fragment.append(list);
  }
  return fragment;
}

export interface RelatedToggleOptions {
  related: Related;
  /** How many stories the rails hidden on the page list; falls back to the extraction's count. */
  pageItems: number;
  hidden: boolean;
  pageUrl: string | null;
  /** Ask the page to hide (true) or show (false) its rails; resolves with whether they are hidden. */
  setHidden(hidden: boolean): Promise<boolean>;
}

/** Wire the switch; it stays hidden when there is nothing related on the page or in the article. */
export function renderRelatedToggle(options: RelatedToggleOptions): void {
  const count = options.pageItems || options.related.count;
  const box = byId('related');
  box.hidden = count === 0;
  if (count === 0) return;
  const toggle = byTestId<HTMLInputElement>('related-toggle');
  const text = byTestId('related-count');
  const list = byId('related-list');
  insertSanitized(list, relatedList(options.related, options.pageUrl));
  const show = (hidden: boolean) => {
    toggle.checked = hidden;
    toggle.setAttribute('aria-checked', String(hidden));
    text.textContent = label(count, hidden);
    list.hidden = hidden || options.related.blocks.length === 0;
  };
  show(options.hidden);
  toggle.onchange = async () => {
    const wanted = toggle.checked;
    toggle.disabled = true;
    try {
      show(await options.setHidden(wanted));
    } catch {
      show(!wanted); // the page didn't change: the switch says what is true
    } finally {
      toggle.disabled = false;
      toggle.focus();
    }
  };
}
