/**
 * Links taken from a page are shown only when they are plain web links. `javascript:`, `data:` and
 * the like are dropped rather than neutralised: a link that can't be followed safely isn't shown.
 */

/** `raw` resolved against `base`, if it is an http(s) URL; otherwise null. */
export function safeHttpUrl(raw: string | null | undefined, base: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
