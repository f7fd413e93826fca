/**
 * What the content script knows and has changed on the current page. A session lasts while the
 * page's address stays the same; when an in-app navigation changes it, the old session is aborted
 * (which undoes every change made under its signal) and a fresh one starts.
 */
import { detect } from '../core/detect';
import { checkLimits } from '../core/limits';
import { portableReading, readPage, type PageReading } from '../core/read';
import { scanPage, type PageScan } from '../core/scan';
import { findRelatedBlocks, type RelatedBlockElement } from '../core/related';
import type { Detection } from '../core/types';
import { READER_ID } from '../reader/id';
import { RelatedSwitch } from './related-hide';

export interface PageSession {
  readonly url: string;
  readonly controller: AbortController;
  detection(): Detection;
  /** Whether the page is past the core's limits (limits.ts): then nothing is read and no rail searched. */
  tooLarge(): boolean;
  /** The page half of extraction, read once per session (Readability on a clone: the page itself is
   * never touched); the popup and the reader finish it into the Article. */
  reading(): PageReading;
  /** The related rails, found and hidden the first time they are asked for. */
  related(): RelatedSwitch;
  /** Change that lasts only until the next one of the same kind (a quote highlight, the reader). */
  replace(kind: 'highlight' | 'reader', controller: AbortController | null): void;
  current(kind: 'highlight' | 'reader'): AbortController | null;
}

/** The page's related rails, minus our own overlays. */
function relatedRails(doc: Document): RelatedBlockElement[] {
  return findRelatedBlocks(doc).filter((b) => !b.elements.some((e) => e.closest(`#${READER_ID}`)));
}

function createSession(doc: Document, url: string): PageSession {
  const controller = new AbortController();
  let scan: PageScan | undefined;
  let detection: Detection | undefined;
  let reading: PageReading | undefined;
  let rails: RelatedBlockElement[] | undefined;
  let over: boolean | undefined;
  let related: RelatedSwitch | undefined;
  const transient = new Map<string, AbortController>();
  controller.signal.addEventListener('abort', () => transient.forEach((c) => c.abort()), { once: true });
  const tooLarge = () => (over ??= checkLimits(doc) !== null);
  // One walk for the rails serves both the reading (which lists them) and the switch (which hides them).
  // A page past the limits is left as it is: searching 100,000 links for rails would freeze the tab for
  // seconds, the very thing the limits exist to prevent.
  const findRails = () => (rails ??= tooLarge() ? [] : relatedRails(doc));
  // One scan serves the badge's detection and the reading's metadata.
  const scanOf = () => (scan ??= scanPage(doc));
  const detectionOf = () => (detection ??= detect(doc, url, scanOf()));
  return {
    url,
    controller,
    detection: detectionOf,
    tooLarge,
    // The handlers read before they hide, so Readability sees the page as its publisher made it.
    // Read with what the session already found: the page is scanned and searched for rails once.
    reading: () => (reading ??= portableReading(readPage(doc, url, { scan: scanOf(), detection: detectionOf(), rails: findRails() }))),
    related() {
      if (!related) {
        const blocks = findRails();
        const items = blocks.reduce((n, b) => n + b.items.length, 0);
        related = new RelatedSwitch(blocks.flatMap((b) => b.elements), items, controller.signal);
        related.set(true);
      }
      return related;
    },
    replace(kind, next) {
      transient.get(kind)?.abort();
      if (next) transient.set(kind, next);
      else transient.delete(kind);
    },
    current: (kind) => transient.get(kind) ?? null,
  };
}

let session: PageSession | undefined;

/** The session for the page as it is now; a changed address ends the old one first. */
export function currentSession(doc: Document = document, url: string = location.href): PageSession {
  if (session && session.url !== url) {
    session.controller.abort();
    session = undefined;
  }
  return (session ??= createSession(doc, url));
}
