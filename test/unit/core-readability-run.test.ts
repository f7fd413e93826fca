import Readability from '@mozilla/readability/Readability.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runReadability } from '../../src/core/readability-run';

const options = { serializer: (node: Node) => node, keepClasses: true, charThreshold: 500 };
const story = (paragraphs: string[]): string => `<!doctype html><html><head><title>Harbor ferry returns</title></head><body>
  <nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
  <article><h1>Harbor ferry returns</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
  <footer class="footer">© Harbor Ledger</footer></body></html>`;
const long = Array.from({ length: 8 }, (_, i) => `The ferry made its trip number ${i + 1} across the bay on Monday, carrying commuters, cyclists and a few tourists who had waited all winter for the service to resume.`);

/** Readability as it runs untouched, and through runReadability, on two clones of one page. */
function both(html: string): { plain: string; ours: string; clones: number; retries: number } {
  const { document } = parseHTML(html);
  const readability = new Readability<Node>(document.cloneNode(true) as Document, options);
  const plain = readability.parse();
  // Readability keeps each attempt it gave up on, one per retry (0.6.0).
  const retries = (readability as unknown as { _attempts: unknown[] })._attempts.length;
  let clones = 0;
  const again = (): Document => {
    clones++;
    return document.cloneNode(true) as Document;
  };
  const ours = runReadability(document.cloneNode(true) as Document, again, options);
  return { plain: (plain?.content as Element).outerHTML, ours: (ours?.content as Element).outerHTML, clones, retries };
}

describe('Readability without its copy of the page (readability-run.ts)', () => {
  it('gives the same article as Readability on a story long enough to need no retry, from the one clone', () => {
    const { plain, ours, clones, retries } = both(story(long));
    expect(ours).toBe(plain);
    expect(ours).toContain('trip number 8');
    expect(retries).toBe(0);
    expect(clones).toBe(0);
  });

  it('gives the same article on a short story, which Readability retries: each retry runs on a fresh clone', () => {
    const { plain, ours, clones, retries } = both(story(['The ferry is back.', 'Commuters cheered on the pier as it docked on Monday morning.']));
    expect(ours).toBe(plain);
    expect(ours).toContain('Commuters cheered on the pier');
    expect(retries).toBeGreaterThan(0);
    expect(clones).toBe(retries);
  });

  it("gives a retry the body as Readability's own steps left it: breaks made paragraphs, fonts spans, no scripts", () => {
    const page = story(['The ferry is back.<br><br><font color="red">Commuters cheered</font> on the pier.<script>document.title = "x"</script>',
      '<img src="data:," data-src="ferry.jpg"><noscript><img src="ferry.jpg" alt="The ferry"></noscript>']);
    const { plain, ours, clones, retries } = both(page);
    expect(retries).toBeGreaterThan(0);
    expect(clones).toBe(retries);
    expect(ours).toBe(plain);
    expect(ours).not.toContain('<font');
    expect(ours).not.toContain('<script');
  });

  it('finds the same byline and drops the same empty elements as Readability, with its per-element tests read the cheap way first', () => {
    const page = `<!doctype html><html><head><title>Harbor ferry returns</title></head><body>
      <div class="wrap"><div class="author-note">Our authors are a team of forty reporters who work across the bay and write every day for the paper, come rain or shine.</div>
      <div class="meta"><span class="byline">By <a rel="author" href="/ana">Ana Ruiz</a></span></div>
      <article><h1>Harbor ferry returns</h1>${long.slice(0, 4).map((p) => `<p>${p}</p>`).join('')}
      <div class="spacer">   <br> </div><div class="rule"><hr></div><section>\n\t</section><div class="photo"><img src="ferry.jpg" alt=""></div>
      ${long.slice(4).map((p) => `<p>${p}</p>`).join('')}</article></div></body></html>`;
    const { document } = parseHTML(page);
    const plain = new Readability<Node>(document.cloneNode(true) as Document, options).parse();
    const ours = runReadability(document.cloneNode(true) as Document, () => document.cloneNode(true) as Document, options);
    expect(ours?.byline).toBe(plain?.byline);
    expect(ours?.byline).toContain('Ana Ruiz');
    expect((ours?.content as Element).outerHTML).toBe((plain?.content as Element).outerHTML);
  });

  it('lets through an error of Readability\'s own, and other writes of the body', () => {
    const { document } = parseHTML(story(long));
    const clone = document.cloneNode(true) as Document;
    expect(() => runReadability(clone, () => clone, { ...options, serializer: () => { throw new Error('serializer broke'); } })).toThrow('serializer broke');
    clone.body.innerHTML = '<p>written as usual</p>';
    expect(clone.body.textContent).toBe('written as usual');
  });
});
