/**
 * The popup's "Always declutter on <site>" switch (data-testid="auto-toggle", checked = automatic).
 * Self-contained: popup.ts mounts it with the checkbox, its label and the target tab.
 */
import { browser } from '../lib/browser';
import { originsOf, siteOf } from '../lib/settings';
import { askBackground, PENDING_KEY } from '../lib/settings-messages';
import { loadSite } from '../lib/settings-store';
import { t } from '../lib/i18n';

/** Where the switch's sentences go: the given element, or one made once after the label. */
function noteBeside(label: HTMLElement, note?: HTMLElement): HTMLElement {
  if (note) {
    note.dataset.testid ??= 'auto-message';
    return note;
  }
  const next = label.nextElementSibling;
  if (next instanceof HTMLElement && next.dataset.testid === 'auto-message') return next;
  const made = document.createElement('p');
  made.dataset.testid = 'auto-message';
  made.className = 'auto-message';
  made.setAttribute('role', 'status');
  label.after(made);
  return made;
}

/**
 * Wire the switch for `tab`. Turning it on asks for this one site's permission (http and https) right in
 * the click, before any await, because the browser only lets a user gesture ask; then the background
 * registers the site. Declining leaves everything as it was and says so. Turning it off makes the
 * background unregister the site, forget it and release the permission. Pages that can't be automatic
 * (browser pages, files) get a disabled switch.
 */
export async function mountAutoToggle(input: HTMLInputElement, label: HTMLElement, tab: { id?: number; url?: string }, note?: HTMLElement): Promise<void> {
  input.dataset.testid = 'auto-toggle';
  const host = siteOf(tab.url);
  const text = label.contains(input) ? (label.querySelector<HTMLElement>('.auto-label-text') ?? label.appendChild(Object.assign(document.createElement('span'), { className: 'auto-label-text' }))) : label;
  text.textContent = host ? t('autoToggleLabel', host) : t('autoToggleUnavailable');
  if (!host) {
    input.disabled = true;
    return;
  }
  const say = (message: string, error?: unknown): void => {
    const target = noteBeside(label, note);
    target.textContent = message;
    // The browser's reason is English: kept for diagnosis where it is neither shown nor read out.
    if (error === undefined) delete target.dataset.error;
    else target.dataset.error = error instanceof Error ? error.message : String(error);
  };
  input.checked = (await loadSite(host)) !== null;
  // Enabled only now that it shows the stored state and answers a change (the page ships it disabled).
  input.disabled = false;
  input.addEventListener('change', () => {
    const wanted = input.checked;
    // permissions.request must be called in the gesture: nothing may be awaited before it. The pending
    // mark (not awaited) lets the background finish the job if this popup is closed before the answer.
    if (wanted) void browser.storage.session.set({ [PENDING_KEY]: host });
    const asked = wanted ? browser.permissions.request({ origins: originsOf(host) }) : Promise.resolve(true);
    input.disabled = true;
    void (async () => {
      try {
        if (wanted && !(await asked)) {
          void browser.storage.session.remove(PENDING_KEY);
          input.checked = false;
          return say(t('autoDeclined', host));
        }
        await (wanted ? askBackground('auto/enable', { host }) : askBackground('auto/disable', { host }));
        say(t(wanted ? 'autoOn' : 'autoOff', host));
      } catch (error) {
        // A refused or failed request must not leave the pending mark behind: a later grant of this
        // origin (from anywhere) would otherwise switch the site on by itself.
        if (wanted) void browser.storage.session.remove(PENDING_KEY);
        input.checked = !wanted;
        say(t('autoFailed'), error);
      } finally {
        input.disabled = false;
      }
    })();
  });
}
