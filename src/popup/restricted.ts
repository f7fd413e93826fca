/**
 * Pages no extension may script: browser UI pages, the extension stores, view-source and the built-in
 * PDF viewer. Checked before injecting so the popup can say so plainly instead of surfacing an error.
 */
const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|about|moz-extension|resource|view-source|data|javascript|blob):/i;
const STORE_HOSTS = new Set(['chrome.google.com', 'chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org']);

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false; // unknown (no permission to see it): let injection decide
  if (RESTRICTED_SCHEMES.test(url)) return true;
  try {
    const parsed = new URL(url);
    if (STORE_HOSTS.has(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) return true;
    if (/\.pdf$/i.test(parsed.pathname)) return true;
  } catch {
    return true;
  }
  return false;
}
