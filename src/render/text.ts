/** The plain-text layout of an ArticleView, for a terminal (the CLI's default format). */
import type { ViewStrings } from './strings';
import type { ArticleView, ViewQuote } from './view';

export interface LayoutOptions {
  /** List the related stories (the CLI's --show-related); otherwise only say how many were left out. */
  showRelated: boolean;
  /** Said after "N related stories hidden" when they are not listed: how to list them. */
  relatedHint?: string;
}

/**
 * Strips terminal control characters (escape sequences could rewrite the user's terminal) and bidi
 * overrides, keeping tabs and newlines. Applied to whole text and Markdown outputs, which leave the
 * extension as files or terminal output.
 */
export function stripControls(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** — “text” — Speaker (the speaker is left out when unattributed). */
export function quoteLine(q: ViewQuote): string {
  return `— “${q.text}”${q.speaker ? ` — ${q.speaker}` : ''}`;
}

/** Title, source line, paragraphs, key quotes, notes, and the related stories (listed, or counted). */
export function toText(view: ArticleView, strings: ViewStrings, opts: LayoutOptions): string {
  const out: string[] = [];
  if (view.title) out.push(view.title);
  out.push(view.sourceLine, '');
  out.push(view.paragraphs.length ? view.paragraphs.join('\n\n') : `(${view.noText})`);
  if (view.quotes.length) out.push('', strings.keyQuotes, ...view.quotes.map(quoteLine));
  view.notes.forEach((note, i) => {
    // The page's own notes stand together; each of ours is a paragraph of its own.
    if (note.kind !== 'page' || view.notes[i - 1]?.kind !== 'page') out.push('');
    out.push(`Note: ${note.text}`);
  });
  if (view.relatedCount > 0 && !opts.showRelated) out.push('', `${strings.relatedHidden(view.relatedCount)}${opts.relatedHint ? ` ${opts.relatedHint}` : ''}`);
  if (view.relatedCount > 0 && opts.showRelated) {
    out.push('', `${strings.relatedHeading} (${view.relatedCount})`);
    for (const block of view.related) {
      if (block.heading) out.push(block.heading);
      for (const item of block.items) out.push(`  • ${item.title}${item.url ? ` — ${item.url}` : ''}`);
    }
  }
  return stripControls(out.join('\n')) + '\n';
}
