/**
 * Export and import of all settings as JSON. Import validates and repairs (and says what it repaired),
 * applies the look and default, and adds the file's sites: those whose permission this browser already
 * has become automatic at once; the rest wait for one click on "Allow", because only a click may ask
 * for permissions. Sites not in the file are kept: importing never silently switches a site off.
 */
import { browser } from '../lib/browser';
import { originsOf, type Settings } from '../lib/settings';
import { askBackground } from '../lib/settings-messages';
import { loadSettings, saveLooks } from '../lib/settings-store';
import { byTestId } from '../lib/dom';
import { t } from '../lib/i18n';
import { exportSettings, ImportError, parseImport } from '../lib/settings-transfer';
import { repairText } from './repair-text';


function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `news-declutter-settings-${new Date().toISOString().slice(0, 10)}.json` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function enableAll(sites: Settings['autoSites'], hosts: string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const host of hosts) await askBackground('auto/enable', { host, mode: sites[host]!.mode }).catch(() => failed.push(host));
  return failed;
}

/** Offer one button that asks for all the imported sites' permissions at once. */
function offerGrant(settings: Settings, hosts: string[], report: (text: string) => void): void {
  const button = byTestId<HTMLButtonElement>('grant-imported');
  button.textContent = t('optionsGrant', String(hosts.length));
  button.hidden = hosts.length === 0;
  button.onclick = () => {
    // The request must come first in the click handler: the gesture is gone after an await.
    const asked = browser.permissions.request({ origins: hosts.flatMap(originsOf) });
    void asked.then(async (granted) => {
      if (!granted) return report(t('optionsGrantDeclined'));
      button.hidden = true;
      const failed = await enableAll(settings.autoSites, hosts);
      report(failed.length ? t('optionsImportSitesFailed', failed.join(', ')) : t('optionsImported'));
    });
  };
}

async function applyImport(text: string, report: (text: string) => void): Promise<void> {
  const repairsList = byTestId<HTMLUListElement>('import-repairs');
  repairsList.replaceChildren();
  let imported;
  try {
    imported = parseImport(text);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return report(t('optionsImportFailed', t(error.reason, error.value)));
  }
  const { settings, repairs } = imported;
  await saveLooks({ autoDefault: settings.autoDefault, reader: settings.reader });
  const hosts = Object.keys(settings.autoSites);
  const allowed = await Promise.all(hosts.map((h) => browser.permissions.contains({ origins: originsOf(h) })));
  const failed = await enableAll(settings.autoSites, hosts.filter((_, i) => allowed[i]));
  const waiting = hosts.filter((_, i) => !allowed[i]);
  const lines = [...repairs.map(repairText), ...failed.map((h) => t('optionsImportSitesFailed', h))];
  repairsList.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  report(repairs.length ? t('optionsImportRepaired', String(repairs.length)) : t('optionsImported'));
  offerGrant(settings, waiting, report);
}

/** Wire the Export button and the Import file picker once. */
export function wireBackup(): void {
  const reportEl = byTestId<HTMLElement>('import-report');
  const report = (text: string): void => void (reportEl.textContent = text);
  byTestId<HTMLButtonElement>('export').addEventListener('click', () => {
    void loadSettings().then(({ settings }) => {
      download(exportSettings(settings));
      report(t('optionsExported'));
    });
  });
  const input = byTestId<HTMLInputElement>('import-file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) {
      void file.text().then((text) => applyImport(text, report)).catch((e: unknown) => {
        console.warn('import failed', e);
        report(t('optionsImportFailed', t('importUnreadable')));
      });
    }
  });
}
