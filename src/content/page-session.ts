/**
 * What the content script knows and has changed on the current page. A session lasts while the
 * page's address stays the same; when an in-app navigation changes it, the old session is aborted
 * (which undoes every change made under its signal) and a fresh one starts.
 */
import { detect } from '../core/detect';
import { extract } from '../core/extract';
import { checkLimits } from '../core/limits';
import { findRelatedBlocks } from '../core/related';
import type { Article, Detection } from '../core/types';
import { READER_ID } from '../reader/id';
import { RelatedSwitch } from './related-hide';

export interface PageSession {
  readonly url: string;
  readonly controller: AbortController;
  detection(): Detection;
  /** The article, extracted once per session (on a clone: the page itself is never touched). */
  article(): Article;
  /** The related rails, found and hidden the first time they are asked for. */
  related(): RelatedSwitch;
  /** Change that lasts only until the next one of the same kind (a quote highlight, the reader). */
  replace(kind: 'highlight' | 'reader', controller: AbortController | null): void;
  current(kind: 'highlight' | 'reader'): AbortController | null;
}

function createSession(doc: Document, url: string): PageSession {
  const controller = new AbortController();
  let detection: Detection | undefined;
  let article: Article | undefined;
  let related: RelatedSwitch | undefined;
  const transient = new Map<string, AbortController>();
  controller.signal.addEventListener('abort', () => transient.forEach((c) => c.abort()), { once: true });
  return {
    url,
    controller,
    detection: () => (detection ??= article?.detection ?? detect(doc, url)),
    article: () => (article ??= extract(doc, url)),
    related() {
      if (!related) {
        // A page past the core's limits is left as it is: searching 100,000 links for rails would
        // freeze the tab for seconds, the very thing the limits exist to prevent.
        const found = checkLimits(doc) ? [] : findRelatedBlocks(doc);
        // Our own overlays must never be taken for a rail.
        const blocks = found.filter((b) => !b.elements.some((e) => e.closest(`#${READER_ID}`)));
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
