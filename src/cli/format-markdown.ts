/** The markdown view of an Article. Page text is hostile: it is escaped so it stays text. */

import type { Article } from '../core/types';
import { safeLink, sourceLine, stripControls } from './format-common';
import type { TextOptions } from './format-text';

/** `# Title`, `*source*`, paragraphs, `## Key quotes`, notes, and (on request) related links. */
export function formatMarkdown(a: Article, opts: TextOptions): string {
  const out: string[] = [];
  if (a.title) out.push(`# ${escapeMarkdown(a.title)}`, '');
  out.push(`*${escapeMarkdown(sourceLine(a))}*`);
  for (const p of a.paragraphs) out.push('', escapeMarkdown(p));
  if (a.keyQuotes.length) {
    out.push('', '## Key quotes', '');
    for (const q of a.keyQuotes) {
      out.push(`> “${escapeMarkdown(q.text)}”${q.speaker ? ` — ${escapeMarkdown(q.speaker)}` : ''}`, '');
    }
    out.pop();
  }
  for (const n of a.notes) out.push('', `*${escapeMarkdown(n)}*`);
  if (opts.showRelated && a.related.count > 0) {
    out.push('', `## Related stories (${a.related.count})`);
    for (const block of a.related.blocks) {
      out.push('');
      if (block.heading) out.push(`### ${escapeMarkdown(block.heading)}`, '');
      for (const item of block.items) {
        const link = safeLink(item, a.url);
        const title = escapeMarkdown(item.title);
        out.push(link ? `- [${title}](${escapeUrl(link)})` : `- ${title}`);
      }
    }
  }
  return stripControls(out.join('\n')) + '\n';
}

/**
 * Makes page text inert in markdown: every character that can open a link, image, HTML tag, entity,
 * emphasis, code span or table cell is backslash-escaped, and so is whatever would turn the line into
 * a heading, quote, list or code block. Whitespace is collapsed so the text stays one paragraph.
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const inline = flat.replace(/[\\`*_{}[\]()<>#!|~&]/g, '\\$&');
  // Block syntax only matters at the start of a line: "- ", "+ ", "1. ", "1) ", "=" or "-" setext rules.
  return inline.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
}

/**
 * A URL for `[text](url)`: already parsed and http(s) only (see safeLink); parentheses and spaces,
 * which would end the destination early, are percent-encoded.
 */
export function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
