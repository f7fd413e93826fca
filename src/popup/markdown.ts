/**
 * The article as Markdown, for "Copy as Markdown": title, source line, text, key quotes. Page text is
 * escaped so a headline like "*Breaking* [update]" stays text instead of turning into formatting.
 */
import type { Article } from '../core/types';
import { displayQuotes } from '../reader/display-quotes';

/** The fixed words of the export, passed in so this stays pure (and localised by the caller). */
export interface MarkdownStrings {
  keyQuotes: string;
  unattributed: string;
  readingTime(minutes: number): string;
  date(value: string): string;
}

/** Escape Markdown's inline specials everywhere, and block markers where a line starts. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** `url` as a Markdown autolink, when it is an http(s) URL without characters that would break it. */
function autolink(url: string | null): string | null {
  return url && /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : null;
}

/** The whole export. */
export function articleToMarkdown(article: Article, strings: MarkdownStrings): string {
  const out: string[] = [];
  if (article.title) out.push(`# ${escapeMarkdown(article.title)}`);
  const source = [article.siteName, article.byline, article.publishedTime && strings.date(article.publishedTime)]
    .filter((s): s is string => !!s)
    .map(escapeMarkdown);
  source.push(escapeMarkdown(strings.readingTime(article.readingMinutes)));
  const link = autolink(article.url);
  out.push(`*${source.join(' · ')}*${link ? `  \n${link}` : ''}`);
  for (const paragraph of article.paragraphs) out.push(escapeMarkdown(paragraph));
  for (const note of article.notes) out.push(`*${escapeMarkdown(note)}*`);
  const quotes = displayQuotes(article);
  if (quotes.length) {
    out.push(`## ${escapeMarkdown(strings.keyQuotes)}`);
    for (const quote of quotes) {
      // A quote running over paragraphs stays one blockquote line.
      out.push(`> “${escapeMarkdown(quote.text.replace(/\s+/g, ' '))}”  \n> — ${escapeMarkdown(quote.speaker ?? strings.unattributed)}`);
    }
  }
  return out.join('\n\n') + '\n';
}
