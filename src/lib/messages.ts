/**
 * Every message the extension sends, as one typed map: the request each handler accepts and the
 * response it resolves with. Errors travel back as values (`{ ok: false, error }`), never as throws,
 * so the popup can show a sentence instead of a console error.
 */
import type { PageReading } from '../core/read';
import type { Detection } from '../core/types';

export interface PageInfo {
  title: string;
  url: string;
}

/**
 * What the page answers when the popup asks for its article. `loading`: the document is still being
 * parsed, ask again shortly. `not-article`: detection said no and the popup did not insist.
 * `reading`: the page half of extraction (core/read.ts), which the popup finishes into the Article.
 * `relatedItems`: how many stories the rails hidden on the page list.
 */
export type PageArticle =
  | { state: 'loading' }
  | { state: 'not-article'; detection: Detection }
  | { state: 'article'; reading: PageReading; relatedHidden: boolean; relatedItems: number };

/** Messages handled in the page (sent with tabs.sendMessage): the reader's two by reader.js, a quote's
 * reveal by reveal.js, the rest by content.js. */
export interface ContentMessages {
  /** The page's title and address; also ends the session of an address the page has left. */
  'page/info': { request: Record<string, never>; response: PageInfo };
  /** Extract (cached per page), and hide the related rails the first time. `force` skips detection. */
  'page/article': { request: { force: boolean }; response: PageArticle };
  /** Hide or show the related rails on the page; answers whether they are now hidden. */
  'related/set': { request: { hidden: boolean }; response: { hidden: boolean; elements: number } };
  /** Scroll to a quote's text on the page and highlight it for a moment. */
  'quote/reveal': { request: { text: string }; response: { found: boolean } };
  /** Open the in-page reader over the page with this page's article; answers whether it is open.
   * `speak`: also start reading it aloud (the popup's Listen button). */
  'reader/open': { request: { speak?: boolean }; response: { open: boolean } };
  /** Close the reader if it is open; answers whether it was. */
  'reader/close': { request: Record<string, never>; response: { closed: boolean } };
}

/** Messages handled by the background worker (sent with runtime.sendMessage from content scripts). */
export interface BackgroundMessages {
  /** The content script's verdict on its page, for the toolbar badge. */
  'badge/page': { request: { isArticle: boolean }; response: { shown: boolean } };
}

export type ContentMessageType = keyof ContentMessages;
export const READER_TYPES: readonly ContentMessageType[] = ['reader/open', 'reader/close'];
export const REVEAL_TYPES: readonly ContentMessageType[] = ['quote/reveal'];
export const CONTENT_TYPES: readonly ContentMessageType[] = ['page/info', 'page/article', 'related/set'];

/** The scripts a page needs, in order, before it can answer `type`: reader.js and reveal.js work on content.js's session. */
export function scriptsFor(type: ContentMessageType): string[] {
  if (READER_TYPES.includes(type)) return ['content.js', 'reader.js'];
  return REVEAL_TYPES.includes(type) ? ['content.js', 'reveal.js'] : ['content.js'];
}
export const BACKGROUND_TYPES: readonly (keyof BackgroundMessages)[] = ['badge/page'];

export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { request: infer R } ? { payload: R } : never)
  : never;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Handlers for a message map: each takes its request and resolves with its response. */
export type Handlers<M> = { [K in keyof M]: (payload: M[K] extends { request: infer R } ? R : never) => Promise<M[K] extends { response: infer S } ? S : never> | (M[K] extends { response: infer S } ? S : never) };

/** Narrow an unknown value to a message envelope of a known type: page scripts can't forge these,
 * but a shape check keeps a buggy or stale sender from reaching a handler with garbage. */
export function isEnvelope<M>(value: unknown, types: readonly (keyof M)[]): value is Envelope<M> {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && (types as readonly unknown[]).includes(type) && typeof payload === 'object' && payload !== null;
}

/** Turn a handler's outcome into a value that crosses the messaging boundary: errors become data. */
export async function settle<T>(work: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
