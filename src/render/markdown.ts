/**
 * The Markdown layout of an ArticleView: the CLI's `--format markdown` and the popup's Copy as Markdown.
 * Page text is hostile: it goes through `escapeMarkdown`, the one escaping, so it stays text (a property
 * test parses the output with CommonMark to hold it to that).
 */
import type { ViewStrings } from './strings';
import { stripControls, type LayoutOptions } from './text';
import type { ArticleView } from './view';

/**
 * Makes page text inert in Markdown: every character that can open a link, image, HTML tag, entity,
 * emphasis, code span or table cell is backslash-escaped, and so is whatever would turn the line into
 * a heading, quote, list or code block. Whitespace is collapsed so the text stays one paragraph.
 */
export function escapeMarkdown(text: string): string {
  const flat = stripControls(text).replace(/\s+/g, ' ').trim();
  const inline = flat.replace(/[\\`*_{}[\]()<>#!|~&]/g, '\\$&');
  // Block syntax only matters at the start of a line: "- ", "+ ", "1. ", "1) ", "=" or "-" setext rules.
  return inline.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
}

/**
 * A URL for `[text](url)` or `<url>`: already parsed and http(s) only (the view model's links are);
 * parentheses, spaces and angle brackets, which would end it early, are percent-encoded.
 */
export function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** `# Title`, `*source*` (and the page's link), paragraphs, key quotes, notes, related links on request. */
export function toMarkdown(view: ArticleView, strings: ViewStrings, opts: LayoutOptions): string {
  const out: string[] = [];
  if (view.title) out.push(`# ${escapeMarkdown(view.title)}`, '');
  out.push(`*${escapeMarkdown(view.sourceLine)}*${view.url ? `  \n<${escapeUrl(view.url)}>` : ''}`);
  if (view.paragraphs.length === 0) out.push('', `*${escapeMarkdown(view.noText ?? '')}*`);
  for (const p of view.paragraphs) out.push('', escapeMarkdown(p));
  if (view.quotes.length) {
    out.push('', `## ${escapeMarkdown(strings.keyQuotes)}`);
    for (const q of view.quotes) out.push('', `> “${escapeMarkdown(q.text)}”${q.speaker ? ` — ${escapeMarkdown(q.speaker)}` : ''}`);
  }
  for (const note of view.notes) out.push('', `*${escapeMarkdown(note.text)}*`);
  if (opts.showRelated && view.relatedCount > 0) {
    out.push('', `## ${escapeMarkdown(strings.relatedHeading)} (${view.relatedCount})`);
    for (const block of view.related) {
      out.push('');
      if (block.heading) out.push(`### ${escapeMarkdown(block.heading)}`, '');
      for (const item of block.items) {
        const title = escapeMarkdown(item.title);
        out.push(item.url ? `- [${title}](${escapeUrl(item.url)})` : `- ${title}`);
      }
    }
  }
  return stripControls(out.join('\n')) + '\n';
}
