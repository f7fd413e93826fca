/**
 * The per-tab toolbar badge: a mark when the page is an article. Set per tab and overwritten on each
 * report (a non-article clears it), so nothing needs to be kept in the worker's memory.
 */
import { browser } from '../lib/browser';

const ARTICLE_COLOR = '#1f6f43';

/** Show (or clear) the "this is an article" badge on one tab. */
export async function showPageBadge(tabId: number, isArticle: boolean): Promise<{ shown: boolean }> {
  const text = isArticle ? browser.i18n.getMessage('badgeArticle') || '✓' : '';
  await browser.action.setBadgeText({ tabId, text });
  if (isArticle) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: ARTICLE_COLOR });
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('badgeArticleTitle') });
  } else {
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
  }
  return { shown: isArticle };
}
