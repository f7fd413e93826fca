/**
 * A cheap "is there a readable body here?" vote, on the same idea as Readability's
 * `isProbablyReaderable`: sum, over visible text blocks long enough to be prose, the square root of
 * how far each runs past a minimum length. Written here rather than imported so the script that runs
 * on every page of an automatic site doesn't carry Readability (35 KB) just for this check.
 */
const MIN_BLOCK_LENGTH = 140;
const MIN_SCORE = 20;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

function visible(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none/i.test(style)) return false;
  const ariaHidden = el.getAttribute('aria-hidden');
  return ariaHidden !== 'true' || (el.getAttribute('class') ?? '').includes('fallback-image');
}

/** True when the page has enough visible prose to be worth extracting. Reads, never mutates. */
export function looksReaderable(doc: Document): boolean {
  const blocks = new Set<Element>(doc.querySelectorAll('p, pre, article'));
  // A div that holds its text directly, split by <br>s, is a paragraph too.
  for (const br of doc.querySelectorAll('div > br')) if (br.parentElement) blocks.add(br.parentElement);
  let score = 0;
  for (const el of blocks) {
    if (!visible(el)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (UNLIKELY.test(names) && !MAYBE.test(names)) continue;
    if (el.matches('li p')) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length < MIN_BLOCK_LENGTH) continue;
    score += Math.sqrt(length - MIN_BLOCK_LENGTH);
    if (score > MIN_SCORE) return true;
  }
  return false;
}
