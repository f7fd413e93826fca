/**
 * The "N related stories hidden" switch. Checked = hidden (a contract: docs/ARCHITECTURE.md). Flipping
 * it asks the page to hide or show its rails at once; when they are shown, the popup lists them as
 * links too (render/dom.ts builds the list).
 */
import { byId, byTestId } from '../lib/dom';
import { t } from '../lib/i18n';
import { insertSanitized } from '../lib/sanitize';
import { buildRelated } from '../render/dom';
import type { ViewStrings } from '../render/strings';
import type { ArticleView } from '../render/view';

function label(count: number, hidden: boolean): string {
  if (count === 1) return t(hidden ? 'relatedHiddenOne' : 'relatedShownOne');
  return t(hidden ? 'relatedHidden' : 'relatedShown', String(count));
}

export interface RelatedToggleOptions {
  view: ArticleView;
  strings: ViewStrings;
  /** How many stories the rails hidden on the page list; falls back to the extraction's count. */
  pageItems: number;
  hidden: boolean;
  /** Ask the page to hide (true) or show (false) its rails; resolves with whether they are hidden. */
  setHidden(hidden: boolean): Promise<boolean>;
}

/** Wire the switch; it stays hidden when there is nothing related on the page or in the article. */
export function renderRelatedToggle(options: RelatedToggleOptions): void {
  const count = options.pageItems || options.view.relatedCount;
  const box = byId('related');
  box.hidden = count === 0;
  if (count === 0) return;
  const toggle = byTestId<HTMLInputElement>('related-toggle');
  const text = byTestId('related-count');
  const list = byId('related-list');
  insertSanitized(list, buildRelated(document, options.view, options.strings));
  const show = (hidden: boolean) => {
    toggle.checked = hidden;
    toggle.setAttribute('aria-checked', String(hidden));
    text.textContent = label(count, hidden);
    list.hidden = hidden || options.view.related.length === 0;
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
