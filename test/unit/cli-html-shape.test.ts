import { describe, expect, it } from 'vitest';
import { articleFrom, parseDocument } from '../../src/cli/article';

const story = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story runs long enough to be read as prose by Readability, with commas, clauses, and a point.</p>`).join('');

const shape = (doc: Document) => Array.from(doc.documentElement.children, (e) => e.localName);

describe('parseDocument gives every page the shape a browser gives it', () => {
  it('takes a <div> written between </head> and <body> into the body, ahead of the body content', () => {
    const doc = parseDocument(`<html><head><title>T</title></head><div id="ad">Ad slot</div><body class="page"><article>${story}</article></body></html>`);
    expect(shape(doc)).toEqual(['head', 'body']);
    expect(doc.body.getAttribute('class')).toBe('page');
    expect(Array.from(doc.body.children, (e) => e.id || e.localName)).toEqual(['ad', 'article']);
  });

  it('puts scripts and styles written before the body into the head, and content after </body> at the body end', () => {
    const doc = parseDocument(`<html><head></head><script>var a;</script><style>p{}</style><body><p>Body</p></body><div id="late">Late</div><script>var b;</script></html>`);
    expect(shape(doc)).toEqual(['head', 'body']);
    expect(Array.from(doc.head.children, (e) => e.localName)).toEqual(['script', 'style']);
    expect(Array.from(doc.body.children, (e) => e.id || e.localName)).toEqual(['p', 'late', 'script']);
  });

  it('merges a second <body> into the first, adding only the attributes it lacks', () => {
    const doc = parseDocument('<html><head></head><body id="one"><p>A</p></body><body id="two" class="x"><p>B</p></body></html>');
    expect(shape(doc)).toEqual(['head', 'body']);
    expect([doc.body.id, doc.body.className]).toEqual(['one', 'x']);
    expect(doc.body.textContent).toBe('AB');
  });

  it('moves a <meta> written before <head> into it, and unwraps a nested <html>', () => {
    const doc = parseDocument('<html><meta name="author" content="Ana Ruiz"><head><title>T</title></head><html lang="es"><body><p>Hola</p></body></html></html>');
    expect(shape(doc)).toEqual(['head', 'body']);
    expect(doc.head.querySelector('meta[name=author]')).not.toBeNull();
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect(doc.body.textContent).toBe('Hola');
  });

  it('leaves a well-formed page as parsed', () => {
    const doc = parseDocument(`<!DOCTYPE html><html><head><title>T</title></head><body><main>${story}</main></body></html>`);
    expect(shape(doc)).toEqual(['head', 'body']);
    expect(doc.body.firstElementChild?.localName).toBe('main');
  });

  it('reads the article, not a pop-up, from a page with a box before its <body> (Readability retried on an empty body)', () => {
    const popup = '<div class="pop-up"><div class="row"><p>Add this site to your home screen for easy access to news.</p></div></div>';
    const html = `<html><head><title>Three evergreens</title></head><div id="gpt-ad"></div><body>${popup}
      <div class="col-left-story with-sidebar"><article><h1>Three evergreens</h1><div class="text"><story>${story}</story></div></article></div></body></html>`;
    const text = articleFrom(html, 'https://example.ie/lives/arid-1.html', 'html').text;
    expect(text).toContain('Paragraph 6 of the story');
    expect(text).not.toContain('home screen');
  });
});

describe('parseDocument on hostile shapes', () => {
  it('moves 150,000 top-level nodes written after </body> without running out of stack', () => {
    const doc = parseDocument(`<html><head></head><body><p>Body</p></body>${'<br>'.repeat(150_000)}</html>`);
    expect(shape(doc)).toEqual(['head', 'body']);
    expect(doc.body.childElementCount).toBe(150_001);
  });

  it('unwraps nested <html> elements only so deep, and keeps what lies past that in the body', () => {
    const doc = parseDocument(`${'<html>'.repeat(50)}<head><title>T</title></head><body><p>Deep</p></body>`);
    expect(shape(doc)).toEqual(['head', 'body']);
    expect(doc.body.textContent).toContain('Deep');
  });
});
