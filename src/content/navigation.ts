/**
 * Noticing in-app navigation from the content script's isolated world, where the page's own
 * history.pushState can't be wrapped. Three sources, each cheap: `popstate` (back/forward), the
 * Navigation API's `currententrychange` (fires for pushState/replaceState too, where the API exists:
 * Chromium), and a MutationObserver that compares `location.href` when the title or the page's top
 * structure changes (browsers without the Navigation API; apps that swap articles in as you scroll).
 */

/** The address without its fragment: jumping to an anchor is not a new page. */
function pageAddress(): string {
  return location.href.split('#')[0]!;
}

/**
 * Call `onChange` with the new address whenever the page's address changes without a document load.
 * Everything is removed when `signal` aborts.
 */
export function watchAddress(onChange: (url: string) => void, signal: AbortSignal): void {
  let last = pageAddress();
  const check = (): void => {
    const now = pageAddress();
    if (now === last || signal.aborted) return;
    last = now;
    onChange(now);
  };
  addEventListener('popstate', check, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') navigation.addEventListener('currententrychange', check, { signal });
  const observer = new MutationObserver(check);
  // The title changes with nearly every in-app navigation; observing only <head> keeps this cheap.
  observer.observe(document.head ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  // Without the Navigation API, a pushState that leaves the title alone shows only as new content.
  if (!navigation && document.body) observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
