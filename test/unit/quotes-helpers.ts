import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findQuotes } from '../../src/core/quotes';

/**
 * Reads a quotes fixture: "# headline", a blank line, then paragraphs separated by blank lines.
 * Returns what findQuotes returns plus the joined text, so offsets can be checked.
 */
export function runFixture(name: string): ReturnType<typeof findQuotes> & { text: string; paragraphs: string[] } {
  const path = fileURLToPath(new URL(`../fixtures/quotes/${name}`, import.meta.url));
  const blocks = readFileSync(path, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const title = blocks[0]!.replace(/^#\s*/, '');
  const paragraphs = blocks.slice(1);
  return { ...findQuotes({ paragraphs, title }), text: paragraphs.join('\n\n'), paragraphs };
}

/** [first words of the quote, speaker] pairs: what a reader of the popup notices. */
export function said(quotes: { text: string; speaker: string | null }[], words = 4): [string, string | null][] {
  return quotes.map((q) => [q.text.split(/\s+/).slice(0, words).join(' '), q.speaker]);
}
