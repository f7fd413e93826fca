/**
 * fast-check arbitraries for hostile and malformed HTML: random trees built from the tags, class names
 * and texts the extractor keys on (so the generator reaches its branches), and random mutations of
 * the fixture pages (cuts, duplications, unclosed tags, injected markup).
 */
import fc from 'fast-check';

const TAGS = ['div', 'p', 'article', 'section', 'aside', 'nav', 'header', 'footer', 'main', 'ul', 'ol', 'li', 'a', 'span', 'h1', 'h2', 'h3', 'figure', 'figcaption', 'blockquote', 'table', 'tr', 'td', 'time', 'script', 'style', 'noscript', 'template', 'textarea', 'svg', 'math', 'iframe', 'form', 'button', 'img', 'br', 'b', 'i', 'pre', 'code'];
const CLASSES = ['related', 'related-stories', 'also-read', 'share', 'social', 'promo', 'newsletter', 'article-body', 'content', 'byline', 'author', 'caption', 'credit', 'teaser', 'trending', 'recommended', 'comments', 'ad', 'sidebar', 'story', 'post', 'entry-content'];
const TEXTS = [
  'Related Stories', 'International Realted Stories', 'Also read:', '관련 기사', '関連記事', 'संबंधित खबरें', 'À lire aussi', 'Lesen Sie auch', 'Leer más',
  'Open in App', 'Subscribe to our newsletter', 'Share this article', 'Photo: Reuters', 'By IANS | Updated: January 13, 2026 16:20 IST',
  'Disclaimer: This post has been auto-published from an agency feed', 'Continue reading', 'Nara, Jan 13',
  '"We will act," the minister said.', '“It is done,” she added.', '« Nous verrons », a dit le maire.', '„Wir sind bereit“, sagte er.', '「大丈夫だ」と述べた。',
  'He said: "', '"', '“', '»', "'", '—', '...', '…', '\u00a0', '\u200b', '<script>alert(1)</script>', '&lt;img src=x onerror=alert(1)&gt;',
];
const ATTRS = ['class', 'id', 'href', 'itemprop', 'itemtype', 'role', 'aria-label', 'hidden', 'style', 'onclick', 'datetime', 'content', 'property', 'name', 'src'];
const ATTR_VALUES = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'https://example.com/news/2026/01/13/story', '/tag/world', '#', 'display:none', 'https://schema.org/NewsArticle', 'articleBody', 'headline', '__proto__', 'constructor', 'declutter-reader', ...CLASSES];

const text = fc.oneof(fc.constantFrom(...TEXTS), fc.lorem({ maxCount: 30 }), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...ATTR_VALUES), fc.string({ maxLength: 20 })));

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>${children.join('')}</${tag}>`),
  ),
}));

const jsonLd = fc
  .oneof(
    fc.constant('{"@type":"NewsArticle","headline":"A","datePublished":"2026-01-13"}'),
    fc.constant('{"__proto__":{"isArticle":true},"@type":["Article",{"x":1}],"headline":{"@value":7}}'),
    fc.constant('{"@graph":[null,1,"x",{"@type":"ReportageNewsArticle","author":[{"name":null}]}]}'),
    fc.constant('{"@type":"NewsArticle","headline":"' + 'x'.repeat(20000) + '"}'),
    // JSON-LD authors of hostile shapes (issue 12): 20,000 nested arrays, a megabyte string, objects and arrays of junk.
    fc.constant('{"@type":"NewsArticle","author":' + '['.repeat(20000) + '"A"' + ']'.repeat(20000) + '}'),
    // A long author under the JSON size cap, so it reaches the author reader (the megabyte one is in hostile 62).
    fc.constant('{"@type":"NewsArticle","author":"' + 'y'.repeat(300_000) + '"}'),
    fc.constant('{"@type":"NewsArticle","author":{"name":{"name":{"name":{"name":{"name":"Z"}}}}},"datePublished":{"x":[]},"publisher":[[]]}'),
    fc.constant('{"@graph":[{"@type":"Article","author":{"@id":"#p"}},{"@id":"#p","@type":"Person","name":["Q R",1]}]}'),
    fc.json({ maxDepth: 3 }).map((author) => `{"@type":"NewsArticle","author":${author}}`),
    fc.json({ maxDepth: 3 }),
    fc.string({ maxLength: 50 }),
  )
  .map((body) => `<script type="application/ld+json">${body}</script>`);

/** A whole random page: head metadata, JSON-LD, and a random body. */
export const randomPage = fc
  .tuple(fc.option(text), fc.array(jsonLd, { maxLength: 2 }), fc.array(node, { minLength: 1, maxLength: 8 }))
  .map(([title, scripts, body]) => `<!doctype html><html><head><title>${title ?? ''}</title><meta property="og:type" content="article">${scripts.join('')}</head><body>${body.join('')}</body></html>`);

/** Random edits of a real-looking page: the same content, broken in the ways the web breaks it. */
export function mutatedPage(pages: string[]): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.tuple(fc.constant('cut'), fc.nat(), fc.nat({ max: 2000 })),
    fc.tuple(fc.constant('duplicate'), fc.nat(), fc.nat({ max: 2000 })),
    fc.tuple(fc.constant('insert'), fc.nat(), node),
    fc.tuple(fc.constant('truncate'), fc.nat(), fc.constant(0)),
  );
  return fc.tuple(fc.constantFrom(...pages), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([page, edits]) =>
    edits.reduce((html, [kind, at, arg]) => {
      const i = html.length ? at % html.length : 0;
      if (kind === 'cut') return html.slice(0, i) + html.slice(i + (arg as number));
      if (kind === 'duplicate') return html.slice(0, i + (arg as number)) + html.slice(i);
      if (kind === 'insert') return html.slice(0, i) + (arg as string) + html.slice(i);
      return html.slice(0, i);
    }, page),
  );
}

/**
 * Deep nesting of every structure the core walks: plain blocks, inline elements inside a related
 * rail's link, microdata scopes, lists, tables; beside them a long srcset and an element with
 * thousands of attributes. Deep enough at the top of the range (6,000, with two elements per level for some shapes) to overflow a recursive walk, so a walk
 * that recurses over page structure fails here (see test/unit/core-deep-walks.test.ts for each walk).
 */
const DEEP_SHAPES: Record<string, [open: string, close: string]> = {
  blocks: ['<div>', '</div>'],
  inline: ['<span><b>', '</b></span>'],
  microdata: ['<div itemscope itemtype="https://schema.org/NewsArticle" itemprop="author">', '</div>'],
  lists: ['<ul><li>', '</li></ul>'],
  tables: ['<table><tr><td>', '</td></tr></table>'],
  quotes: ['<blockquote>“', '”</blockquote>'],
};

export const deepPage = fc
  .tuple(fc.constantFrom(...Object.keys(DEEP_SHAPES)), fc.integer({ min: 150, max: 6_000 }), fc.boolean(), fc.nat({ max: 3000 }))
  .map(([shape, depth, inRail, attributes]) => {
    const [open, close] = DEEP_SHAPES[shape]!;
    const deep = open.repeat(depth) + 'The deepest words on the page.' + close.repeat(depth);
    const placed = inRail ? `<section class="related"><h2>Related Stories</h2><ul><li><a href="/news/2026/01/13/x">${deep}</a></li></ul></section>` : deep;
    const srcset = Array.from({ length: attributes }, (_, i) => `/img/${i}.jpg ${i + 1}w`).join(', ');
    const many = Array.from({ length: attributes }, (_, i) => ` data-a${i}="${i}"`).join('');
    return `<!doctype html><html><head><title>Deep</title><meta property="og:type" content="article"></head><body><article><h1>Deep</h1><p>First paragraph of a story that is long enough to read.</p><img srcset="${srcset}"${many}>${placed}</article></body></html>`;
  });
