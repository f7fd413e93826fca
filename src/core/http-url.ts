/**
 * The one "is this a web link" check. Links and addresses taken from a page are used only when they are
 * plain http(s) URLs: `javascript:`, `data:` and the like are dropped rather than neutralised, because
 * a link that can't be followed safely isn't worth showing.
 */

/** `raw` resolved against `base` (when given), if it is an http(s) URL with a host; otherwise null. */
export function httpUrl(raw: string | null | undefined, base?: string | null): URL | null {
  if (!raw) return null;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/** The href of `httpUrl(raw, base)`, or null. */
export function safeHttpUrl(raw: string | null | undefined, base?: string | null): string | null {
  return httpUrl(raw, base)?.href ?? null;
}
