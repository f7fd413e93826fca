/**
 * Readability on a clone of the page, without its most wasteful step. Before it looks for the
 * article, Readability (0.6.0, `_grabArticle`) serialises the whole body (`page.innerHTML`) so that,
 * when its pick is shorter than `charThreshold`, it can parse that HTML back and try again with looser
 * filters. Most pages never try again (192 of the bench's 216 timed pages, with the thresholds read.ts
 * sets), yet the serialising costs a tenth of Readability's time on linkedom, the CLI's DOM.
 *
 * So the clone's body answers that one read with a marker, and writing the marker back, which is
 * what a retry does, gives the body the content of a fresh clone instead, taken through the steps
 * Readability had taken on the page before its read (`restore`). Every attempt then starts from the
 * same content, the first attempt's own; a page that retries pays a clone per retry where it paid a
 * parse of the serialised body, and every other page saves the copy.
 */
import Readability from '@mozilla/readability/Readability.js';
import { holdsText } from './shim-text';

type Options = ConstructorParameters<typeof Readability<Node>>[1];
export type Parsed = ReturnType<Readability<Node>['parse']>;

/** The steps Readability's `parse()` takes on the document before `_grabArticle` reads the body
 * (0.6.0; its JSON-LD and metadata reads change nothing). Private: core-readability-run.test.ts
 * compares a retry with plain Readability's, so a release that renames them fails there first. */
interface PrepSteps {
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
}

/** Two tests Readability's search runs on every element it walks (0.6.0), each reading the element's
 * whole textContent before anything cheaper. */
interface ElementTests {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
}

/**
 * Readability on `doc`. On a shim (linkedom: the CLI, the bench), where textContent is script that
 * copies a whole subtree, its two per-element tests first check what decides them without it: a
 * byline needs an author mark or name before its length matters, and an element with any text is
 * not empty. Each answers as Readability's own does (core-readability-run.test.ts compares).
 */
function readability(doc: Document, options: Options): Readability<Node> {
  const reader = new Readability<Node>(doc, options);
  // One expression, so the extension's minifier (__NATIVE_DOM__, build.mjs) drops the shim's way.
  if (!(typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__)) {
    const tests = reader as unknown as ElementTests;
    const { _isValidByline: byline, _isElementWithoutContent: empty } = tests;
    tests._isValidByline = function (node, matchString) {
      const itemprop = node.getAttribute('itemprop');
      const marked = node.getAttribute('rel') === 'author' || !!itemprop?.includes('author') || this.REGEXPS.byline.test(matchString);
      return marked && byline.call(this, node, matchString);
    };
    tests._isElementWithoutContent = function (node) {
      return !(node.nodeType === 1 && holdsText(node)) && empty.call(this, node);
    };
  }
  return reader;
}

function inherited(obj: object, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const found = Object.getOwnPropertyDescriptor(p, name);
    if (found) return found;
  }
  return undefined;
}

/** Replaces `body`'s content with `fresh`'s body as Readability's own steps leave it before its read. */
function restore(body: HTMLElement, fresh: Document, options: Options): void {
  const steps = readability(fresh, options) as unknown as PrepSteps;
  steps._unwrapNoscriptImages(fresh);
  steps._removeScripts(fresh);
  steps._prepDocument();
  body.replaceChildren(...Array.from(fresh.body?.childNodes ?? []));
}

/**
 * Runs Readability on `clone`; `again()` makes another clone like it, called once per retry.
 * Throws what Readability throws.
 */
export function runReadability(clone: Document, again: () => Document, options: Options): Parsed {
  const body = clone.body;
  if (body) {
    const marker = {};
    const html = inherited(body, 'innerHTML');
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => marker,
      set(value: unknown) {
        if (value === marker) restore(body, again(), options);
        // Anything else Readability writes goes to the element as usual.
        else html?.set?.call(body, value);
      },
    });
  }
  return readability(clone, options).parse();
}
