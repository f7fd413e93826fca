/**
 * Checks a value against the Article contract of docs/ARCHITECTURE.md (the CLI JSON), returning every violation
 * as a readable path. Used by the fuzz tests: whatever the page, the output keeps its shape.
 */
type Check = (value: unknown) => boolean;

const str: Check = (v) => typeof v === 'string';
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const int: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const bool: Check = (v) => typeof v === 'boolean';

function fields(prefix: string, value: unknown, spec: Record<string, Check>, out: string[]): void {
  if (typeof value !== 'object' || value === null) return void out.push(`${prefix} is not an object`);
  for (const [key, check] of Object.entries(spec)) {
    if (!check((value as Record<string, unknown>)[key])) out.push(`${prefix}.${key} has the wrong type: ${JSON.stringify((value as Record<string, unknown>)[key])?.slice(0, 80)}`);
  }
}

function quoteViolations(prefix: string, quotes: unknown, text: string, out: string[]): void {
  if (!Array.isArray(quotes)) return void out.push(`${prefix} is not an array`);
  quotes.forEach((q, i) => {
    fields(`${prefix}[${i}]`, q, { text: str, speaker: strOrNull, speakerMention: strOrNull, paragraph: int, start: int, end: int, score: num }, out);
    const { start, end } = q as { start: number; end: number };
    if (!(start <= end && end <= text.length)) out.push(`${prefix}[${i}] offsets ${start}..${end} fall outside the text (${text.length})`);
  });
}

export function articleViolations(article: unknown): string[] {
  const out: string[] = [];
  fields('article', article, {
    url: strOrNull, title: strOrNull, byline: strOrNull, siteName: strOrNull, publishedTime: strOrNull, updatedTime: strOrNull, lang: strOrNull, excerpt: strOrNull,
    text: str, wordCount: int, readingMinutes: int, truncated: bool,
  }, out);
  if (out.length) return out;
  const a = article as Record<string, unknown> & { text: string };
  fields('article.detection', a.detection, { isArticle: bool, isNews: bool, score: num }, out);
  const signals = (a.detection as { signals?: unknown }).signals;
  if (!Array.isArray(signals) || !signals.every((s) => typeof s === 'string')) out.push('article.detection.signals is not a list of strings');
  if (!Array.isArray(a.paragraphs) || a.paragraphs.join('\n\n') !== a.text) out.push('article.text is not its paragraphs joined by a blank line');
  quoteViolations('article.quotes', a.quotes, a.text, out);
  quoteViolations('article.keyQuotes', a.keyQuotes, a.text, out);
  if (Array.isArray(a.keyQuotes) && a.keyQuotes.length > 5) out.push('more than five key quotes');
  const related = a.related as { count?: unknown; blocks?: unknown };
  fields('article.related', related, { count: int }, out);
  if (!Array.isArray(related?.blocks)) out.push('article.related.blocks is not an array');
  else {
    const items = related.blocks.flatMap((b: { items?: unknown }, i: number) => {
      fields(`article.related.blocks[${i}]`, b, { heading: strOrNull }, out);
      return Array.isArray(b.items) ? b.items : (out.push(`article.related.blocks[${i}].items is not an array`), []);
    });
    items.forEach((item, i) => fields(`article.related item ${i}`, item, { title: str, url: strOrNull }, out));
    if (items.length !== related.count) out.push(`related.count ${String(related.count)} differs from the ${items.length} items listed`);
  }
  if (!Array.isArray(a.removed)) out.push('article.removed is not an array');
  else a.removed.forEach((r, i) => fields(`article.removed[${i}]`, r, { kind: str, reason: str, text: str }, out));
  fields('article.timings', a.timings, { parse: num, detect: num, extract: num, quotes: num }, out);
  try {
    JSON.stringify(article);
  } catch (error) {
    out.push(`article is not serialisable: ${String(error)}`);
  }
  return out;
}
