import { browser } from './browser';

/** A localised string; falls back to the key so a missing translation is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Fill every `[data-i18n]` element under `root` with its message. */
export function localise(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  document.documentElement.lang = browser.i18n.getUILanguage();
}
