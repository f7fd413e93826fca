import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { renderArticle, type ReaderStrings } from '../../src/reader/render';
import { viewStrings } from '../../src/render/strings';
import { tooLargeText } from '../../src/render/too-large';

const message = (key: string, sub: string) => `${key}(${sub})`;
const strings = {
  close: '', toolbar: '', themeGroup: '', themes: { light: '', dark: '', sepia: '' }, fontGroup: '', fontSmaller: '', fontLarger: '',
  widthGroup: '', narrower: '', wider: '',
  view: viewStrings((key, sub) => `${key}(${[sub ?? ''].flat().join(',')})`, 'ko'),
} satisfies ReaderStrings;

describe('the reader on a page too large to declutter', () => {
  it('says which limit in the reader\'s language, not the core\'s English note', () => {
    const deep = '<div>'.repeat(260) + '<p>words</p>' + '</div>'.repeat(260);
    const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${deep}</body></html>`);
    const article = extract(document as unknown as Document, 'https://news.example/2026/01/02/a');
    expect(article.tooLarge).toMatchObject({ limit: 'depth', max: 200 });
    const page = renderArticle(document as unknown as Document, article, strings);
    expect(page.querySelector('.notice')?.textContent).toBe('statusTooLargeDepth(200)');
    expect(page.textContent).not.toMatch(/too large/i);
  });

  it('writes the limit the way the locale writes numbers', () => {
    expect(tooLargeText({ limit: 'elements', found: 15_001, max: 15_000 }, message, 'en')).toBe('statusTooLargeElements(15,000)');
    expect(tooLargeText({ limit: 'text', found: 1_500_001, max: 1_500_000 }, message, 'de')).toBe('statusTooLargeText(1.500.000)');
  });
});
