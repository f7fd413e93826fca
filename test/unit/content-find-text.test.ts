import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { locateText } from '../../src/content/find-text';

const doc = (body: string) => (parseHTML(`<!doctype html><html><body>${body}</body></html>`) as unknown as { document: Document }).document;

describe('locateText', () => {
  it('finds text split across nodes, with other whitespace and curly quotes on the page', () => {
    const d = doc('<p>“Amid a complex and\n   <b>dizzying</b> international order,” Lee said.</p>');
    const at = locateText(d.body, '"Amid a complex and dizzying international order,"');
    expect(at).not.toBeNull();
    expect(at!.startNode.data.slice(at!.startOffset)).toMatch(/^“Amid/);
    expect(at!.endNode.data.slice(0, at!.endOffset)).toMatch(/order,”$/);
  });

  it('skips scripts and our own reader, and says null when the text is not there', () => {
    const d = doc('<script>var q = "hidden words here"</script><div id="r">hidden words here</div><p>visible</p>');
    expect(locateText(d.body, 'hidden words here', d.getElementById('r'))).toBeNull();
    expect(locateText(d.body, 'nowhere on the page')).toBeNull();
    expect(locateText(d.body, '   ')).toBeNull();
  });

  it('falls back to the opening words of a long quote laid out differently on the page', () => {
    const long = 'Geopolitical uncertainty is growing, multilateralism is being put to the test in the international community';
    const d = doc(`<p>${long.slice(0, 70)}</p><aside>ad</aside><p>${long.slice(70)}</p>`);
    const at = locateText(d.body, long);
    expect(at).not.toBeNull();
    expect(at!.startNode).toBe(at!.endNode);
  });
});

describe('locateText after characters whose lower case is longer', () => {
  it('keeps offsets on the page text when "İ" (two code units lower-cased) comes before the quote', () => {
    // "İ".toLowerCase() is "i̇": the flattened text grows by one per İ, and the map must grow with it.
    const d = doc('<p>İİİ İstanbul said: <b>“We will build it”</b> and left.</p>');
    const at = locateText(d.body, '"We will build it"');
    expect(at).not.toBeNull();
    expect(at!.startNode.data.slice(at!.startOffset, at!.endOffset)).toBe('“We will build it”');
  });

  it('finds a needle that itself contains "İ", ending on the right character', () => {
    const d = doc('<p>Mayor of İzmir spoke.</p>');
    const at = locateText(d.body, 'of İzmir');
    expect(at!.startNode.data.slice(at!.startOffset, at!.endOffset)).toBe('of İzmir');
  });
});
