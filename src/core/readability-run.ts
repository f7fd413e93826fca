/**
 * Readability on a clone of the page, without its most wasteful step. Before it looks for the
 * article, Readability (0.6.0, `_grabArticle`) serialises the whole body (`page.innerHTML`) so that,
 * when its pick is shorter than `charThreshold`, it can parse that HTML back and try again with looser
 * filters. Most pages never try again (192 of the bench's 216 timed pages, with the thresholds read.ts
 * sets), yet the serialising costs a tenth of Readability's time on linkedom, the CLI's DOM.
 *
 * So the clone's body answers that one read with a marker, and writing the marker back, which is
 * what a retry does, stops the run: Readability then runs again on a fresh clone whose body is left
 * as it is, where the retry happens as it always did. The output is the same either way; a page that
 * retries pays one more clone and first attempt, every other page saves the copy.
 */
import Readability from '@mozilla/readability/Readability.js';

type Options = ConstructorParameters<typeof Readability<Node>>[1];
export type Parsed = ReturnType<Readability<Node>['parse']>;

/** Thrown out of Readability's loop when it asks for its copy back (never escapes this module). */
const RETRY = Symbol('readability retry');

function inherited(obj: object, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const found = Object.getOwnPropertyDescriptor(p, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs Readability on `clone`; `again()` makes another clone like it, called only when Readability
 * retries. Throws what Readability throws.
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
        if (value === marker) throw RETRY;
        // Anything else Readability writes goes to the element as usual.
        html?.set?.call(body, value);
      },
    });
  }
  try {
    return new Readability<Node>(clone, options).parse();
  } catch (e) {
    if (e !== RETRY) throw e;
    return new Readability<Node>(again(), options).parse();
  }
}
