/**
 * Every message the extension sends, as one typed map: the request each handler accepts and the
 * response it resolves with. Errors travel back as values (`{ ok: false, error }`), never as throws,
 * so the popup can show a sentence instead of a console error.
 */
export interface PageInfo {
  title: string;
  url: string;
}

/** Messages handled by the content script (sent with tabs.sendMessage). */
export interface ContentMessages {
  'page/info': { request: Record<string, never>; response: PageInfo };
}

export type ContentMessageType = keyof ContentMessages;

export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { request: infer R } ? { payload: R } : never)
  : never;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Narrow an unknown value to a message envelope of a known type: page scripts can't forge these,
 * but a shape check keeps a buggy or stale sender from reaching a handler with garbage. */
export function isEnvelope<M>(value: unknown, types: readonly (keyof M)[]): value is Envelope<M> {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && (types as readonly unknown[]).includes(type) && typeof payload === 'object' && payload !== null;
}
