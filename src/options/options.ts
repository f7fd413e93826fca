/**
 * The options page: automatic sites, their default, the reader's look, export and import. Everything is
 * read through the settings module and re-rendered when storage changes (the popup or another options
 * tab may change it while this page is open).
 */
import { loadSettings, onSettingsChanged } from '../lib/settings-store';
import { byTestId } from '../lib/dom';
import { localise, t } from '../lib/i18n';
import { wireBackup } from './options-backup';
import { wireBadgeEverywhere } from './options-badge';
import { saveMark, showLooks, wireLooks } from './options-look';
import { renderSites } from './options-sites';


function say(text: string): void {
  byTestId('options-status').textContent = text;
}

async function refresh(): Promise<void> {
  const mark = saveMark();
  const { settings, newerVersion } = await loadSettings();
  const newer = byTestId('settings-newer');
  newer.hidden = newerVersion === null;
  newer.textContent = newerVersion === null ? '' : t('optionsNewerSettings', String(newerVersion));
  renderSites(byTestId('site-list'), byTestId('sites-empty'), settings.autoSites, say);
  showLooks(settings, mark);
}

function main(): void {
  localise(document);
  document.title = t('optionsTitle');
  wireLooks(say);
  wireBackup();
  wireBadgeEverywhere();
  // The page lives as long as its tab; the signal is for symmetry with every other listener.
  onSettingsChanged(() => void refresh(), new AbortController().signal);
  void refresh().catch((error: unknown) => {
    console.warn('reading the settings failed', error);
    say(t('optionsLoadFailed'));
  });
}

main();
