/** The plain-text view of an Article, for reading in a terminal. */

import type { Article, Quote } from '../core/types';
import { safeLink, sourceLine, stripControls } from './format-common';

export interface TextOptions {
  showRelated: boolean;
}

/** Title, source line, paragraphs, key quotes, notes, and (on request) the related stories. */
export function formatText(a: Article, opts: TextOptions): string {
  const out: string[] = [];
  if (a.title) out.push(a.title);
  out.push(sourceLine(a), '');
  out.push(a.paragraphs.length ? a.paragraphs.join('\n\n') : '(no article text found)');
  if (a.keyQuotes.length) {
    out.push('', 'Key quotes');
    for (const q of a.keyQuotes) out.push(quoteLine(q));
  }
  if (a.notes.length) out.push('', ...a.notes.map((n) => `Note: ${n}`));
  if (a.truncated) out.push('', 'Note: the article looks cut short on this page.');
  // Said plainly, so a section front's link soup is not taken for an article someone wrote.
  if (!a.detection.isArticle) out.push('', 'Note: this page does not look like an article.');
  // The extension's "N related stories hidden", in the terminal: say what was left out, and how to see it.
  if (!opts.showRelated && a.related.count > 0) {
    out.push('', `${a.related.count} related ${a.related.count === 1 ? 'story' : 'stories'} hidden (--show-related lists them)`);
  }
  if (opts.showRelated && a.related.count > 0) {
    out.push('', `Related stories (${a.related.count})`);
    for (const block of a.related.blocks) {
      if (block.heading) out.push(block.heading);
      for (const item of block.items) {
        const link = safeLink(item, a.url);
        out.push(`  • ${item.title}${link ? ` — ${link}` : ''}`);
      }
    }
  }
  return stripControls(out.join('\n')) + '\n';
}

/** — “text” — Speaker (the speaker is left out when unattributed). */
export function quoteLine(q: Quote): string {
  return `— “${q.text}”${q.speaker ? ` — ${q.speaker}` : ''}`;
}
