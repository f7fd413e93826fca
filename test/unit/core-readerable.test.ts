import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksReaderable } from '../../src/core/readerable';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>${`Paragraph ${i} tells the reader something worth knowing about the harbour and its ferry. `.repeat(3)}</p>`).join('');

describe('looksReaderable, the cheap prose check detect uses instead of carrying Readability', () => {
  it('says yes to a page of prose and no to a page of links', () => {
    expect(looksReaderable(doc(`<body><article>${prose(6)}</article></body>`))).toBe(true);
    expect(looksReaderable(doc(`<body><ul>${'<li><a href="/x">A short headline</a></li>'.repeat(50)}</ul></body>`))).toBe(false);
  });

  it('ignores prose that is hidden or sits in a comments or sidebar block', () => {
    expect(looksReaderable(doc(`<body>${prose(6).replace(/<p>/g, '<p hidden>')}</body>`))).toBe(false);
    expect(looksReaderable(doc(`<body>${prose(6).replace(/<p>/g, '<p class="comment">')}</body>`))).toBe(false);
    expect(looksReaderable(doc(`<body>${prose(6).replace(/<p>/g, '<p style="display: none">')}</body>`))).toBe(false);
  });

  it("agrees with Readability's isProbablyReaderable on every fixture page", () => {
    const dir = join(__dirname, '../fixtures');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      expect([page, looksReaderable(doc(html))]).toEqual([page, isProbablyReaderable(doc(html))]);
    }
  });
});
