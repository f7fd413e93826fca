import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { finishReading } from '../../src/core/finish';
import { emptyDocument } from '../support/empty-document';
import type { PageArticle, Result } from '../../src/lib/messages';
import { OPENING_BRIDGE, type OpeningAnswer } from '../../src/content/session-bridge';
import { CONTENT_TYPES, isEnvelope } from '../../src/lib/messages';

type Listener = (message: unknown, sender: { id?: string; tab?: { id: number } }) => Promise<unknown> | undefined;

type NativeListener = (message: unknown, sender: object, sendResponse: (answer: unknown) => void) => boolean;

/** The browser's own runtime, as the page scripts reach it (src/lib/native-runtime.ts). */
const listeners: NativeListener[] = [];
const sent: unknown[] = [];
vi.stubGlobal('chrome', {
  runtime: {
    id: 'our-extension',
    sendMessage: (m: unknown) => (sent.push(m), Promise.resolve()),
    onMessage: { addListener: (l: NativeListener) => listeners.push(l) },
  },
});

/** A native listener as a function: the promise of its answer when it takes the message, else undefined. */
function asListener(native: NativeListener): Listener {
  return (message, sender) => {
    let reply!: (answer: unknown) => void;
    const answer = new Promise<unknown>((resolve) => (reply = resolve));
    return native(message, sender, reply) ? answer : undefined;
  };
}

const URL_ = 'https://www.lokmattimes.com/international/cooperation-between-seoul-tokyo-more-important-than-ever/';
const ours = { id: 'our-extension' };

describe('isEnvelope', () => {
  it('accepts known types with an object payload only', () => {
    expect(isEnvelope({ type: 'related/set', payload: { hidden: true } }, CONTENT_TYPES)).toBe(true);
    expect(isEnvelope({ type: 'related/set' }, CONTENT_TYPES)).toBe(false);
    expect(isEnvelope({ type: 'related/set', payload: null }, CONTENT_TYPES)).toBe(false);
    expect(isEnvelope({ type: 'related/set', payload: 'x' }, CONTENT_TYPES)).toBe(false);
    expect(isEnvelope({ type: 'tabs/close', payload: {} }, CONTENT_TYPES)).toBe(false);
    expect(isEnvelope({ type: 42, payload: {} }, CONTENT_TYPES)).toBe(false);
    expect(isEnvelope(null, CONTENT_TYPES)).toBe(false);
    expect(isEnvelope('page/article', CONTENT_TYPES)).toBe(false);
  });
});

describe('the content script on the seed page (linkedom)', () => {
  let document: Document;
  let listener: Listener;
  let revealer: Listener;
  let firstOpening: OpeningAnswer | undefined;
  const opening = () => (globalThis as { [OPENING_BRIDGE]?: OpeningAnswer })[OPENING_BRIDGE];

  beforeAll(async () => {
    const html = readFileSync('test/fixtures/news-seed.html', 'utf8');
    ({ document } = parseHTML(html) as unknown as { document: Document });
    Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
    vi.stubGlobal('document', document);
    vi.stubGlobal('location', new URL(URL_));
    await import('../../src/content/index');
    firstOpening = opening();
    // Injected again by the next popup opening: must not add a second listener.
    vi.resetModules();
    await import('../../src/content/index');
    expect(listeners).toHaveLength(1);
    listener = asListener(listeners[0]!);
    // reveal.js, injected after content.js the first time a quote is clicked (and maybe again).
    await import('../../src/content/reveal');
    vi.resetModules();
    await import('../../src/content/reveal');
    expect(listeners).toHaveLength(2);
    revealer = asListener(listeners[1]!);
  });

  it('reports the page to the badge once, as an article', () => {
    expect(sent).toEqual([{ type: 'badge/page', payload: { isArticle: true } }]);
  });

  it('ignores messages from anyone but this extension, and shapes it does not know', () => {
    expect(listener({ type: 'page/article', payload: { force: false } }, { id: 'another-extension' })).toBeUndefined();
    expect(listener({ type: 'page/article', payload: { force: false } }, {})).toBeUndefined();
    expect(listener({ type: 'page/nuke', payload: {} }, ours)).toBeUndefined();
    expect(listener({ type: 'page/article' }, ours)).toBeUndefined();
  });

  it('returns payload errors as values, not throws', async () => {
    await expect(listener({ type: 'related/set', payload: { hidden: 'yes' } }, ours)).resolves.toEqual({ ok: false, error: 'hidden must be a boolean' });
    await expect(revealer({ type: 'quote/reveal', payload: { text: 7 } }, ours)).resolves.toEqual({ ok: false, error: 'text must be a non-empty string' });
    await expect(revealer({ type: 'quote/reveal', payload: { text: ' ' } }, ours)).resolves.toEqual({ ok: false, error: 'text must be a non-empty string' });
  });

  it('leaves the reveal of a quote to reveal.js, which answers nothing else and no one else', async () => {
    // Unanswered by content.js: the popup then injects reveal.js (scriptsFor) and asks again.
    expect(listener({ type: 'quote/reveal', payload: { text: 'a quote' } }, ours)).toBeUndefined();
    expect(revealer({ type: 'page/article', payload: { force: false } }, ours)).toBeUndefined();
    expect(revealer({ type: 'quote/reveal', payload: { text: 'a quote' } }, { id: 'another-extension' })).toBeUndefined();
    // Not on the page: said so, nothing thrown.
    await expect(revealer({ type: 'quote/reveal', payload: { text: 'words this page never says' } }, ours)).resolves.toEqual({ ok: true, value: { found: false } });
  });

  it('extracts the article and hides the related rails, which the switch shows and hides again', async () => {
    const answer = (await listener({ type: 'page/article', payload: { force: false } }, ours)) as { ok: true; value: PageArticle };
    expect(answer.ok).toBe(true);
    if (answer.value.state !== 'article') throw new Error(`state ${answer.value.state}`);
    // The page half: the popup finishes it (here in a linkedom document in place of the popup's).
    const { reading } = answer.value;
    expect(JSON.stringify(reading.article)).toContain('Nara, Jan 13');
    const article = finishReading(reading, emptyDocument());
    expect(article.paragraphs).toHaveLength(11);
    expect(article.related.count).toBe(10);
    expect(answer.value.relatedHidden).toBe(true);
    expect(answer.value.relatedItems).toBe(10);
    const marked = [...document.querySelectorAll('[data-declutter-hidden="related"]')];
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(marked.every((el) => /display:\s*none/.test(el.getAttribute('style') ?? ''))).toBe(true);

    await expect(listener({ type: 'related/set', payload: { hidden: false } }, ours)).resolves.toEqual({ ok: true, value: { hidden: false, elements: marked.length } });
    expect(marked.map((el) => el.getAttribute('style'))).toEqual(marked.map(() => null));
    await expect(listener({ type: 'related/set', payload: { hidden: true } }, ours)).resolves.toMatchObject({ ok: true, value: { hidden: true } });
  });

  it("leaves opening.js the popup's opening question answered by the copy that started first, as JSON", async () => {
    // The second injection must not replace it: its own module state would be a second session.
    expect(opening()).toBe(firstOpening);
    const answer = JSON.parse(await opening()!()) as Result<PageArticle>;
    expect(answer).toEqual(await listener({ type: 'page/article', payload: { force: false } }, ours));
    if (!answer.ok || answer.value.state !== 'article') throw new Error(`expected an article, got ${JSON.stringify(answer)}`);
    expect(finishReading(answer.value.reading, emptyDocument()).paragraphs).toHaveLength(11);
  });

  it('answers "loading" while the document is still being parsed', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    await expect(listener({ type: 'page/article', payload: { force: true } }, ours)).resolves.toEqual({ ok: true, value: { state: 'loading' } });
    Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
  });
});
