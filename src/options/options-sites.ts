/**
 * The list of automatic sites: each with its own mode (or the default) and a Remove button, which makes
 * the background unregister the site and release its permission.
 */
import { SITE_MODES, type SiteMode, type SiteOptions } from '../lib/settings';
import { askBackground } from '../lib/settings-messages';
import { saveSite } from '../lib/settings-store';
import { t } from '../lib/i18n';

const MODE_LABEL: Record<SiteMode, string> = { inherit: 'siteModeInherit', 'hide-related': 'optionsDefaultHide', reader: 'optionsDefaultReader' };

function modeSelect(host: string, site: SiteOptions, say: (text: string) => void): HTMLSelectElement {
  const select = document.createElement('select');
  select.dataset.testid = 'site-mode';
  select.setAttribute('aria-label', t('siteModeLabel', host));
  for (const mode of SITE_MODES) select.add(new Option(t(MODE_LABEL[mode]), mode, false, mode === site.mode));
  select.addEventListener('change', () => {
    void saveSite(host, { mode: select.value as SiteMode }).then(() => say(t('optionsSaved')), (e: unknown) => {
      console.warn('saving a site failed', e);
      say(t('optionsSaveFailed'));
    });
  });
  return select;
}

function removeButton(host: string, say: (text: string) => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'site-remove';
  button.textContent = t('optionsSiteRemove');
  button.setAttribute('aria-label', t('optionsSiteRemoveLabel', host));
  button.addEventListener('click', () => {
    button.disabled = true;
    askBackground('auto/disable', { host }).then(
      () => say(t('optionsSiteRemoved', host)),
      (error: unknown) => {
        button.disabled = false;
        console.warn('removing a site failed', error);
        say(t('autoFailed'));
      },
    );
  });
  return button;
}

/**
 * Render `sites` into `list` (sorted by host), replacing what was there. Focus stays on the list when
 * the focused row goes away, so a keyboard user isn't dropped to the top of the page.
 */
export function renderSites(list: HTMLElement, empty: HTMLElement, sites: Record<string, SiteOptions>, say: (text: string) => void): void {
  const hadFocus = list.contains(document.activeElement);
  const hosts = Object.keys(sites).sort();
  list.replaceChildren(
    ...hosts.map((host) => {
      const row = document.createElement('li');
      row.className = 'site-row';
      row.dataset.testid = 'site-row';
      row.dataset.host = host;
      const name = document.createElement('span');
      name.className = 'site-host';
      name.textContent = host;
      row.append(name, modeSelect(host, sites[host]!, say), removeButton(host, say));
      return row;
    }),
  );
  empty.hidden = hosts.length > 0;
  if (hadFocus) (list.querySelector<HTMLElement>('[data-testid="site-remove"]') ?? empty).focus();
}
