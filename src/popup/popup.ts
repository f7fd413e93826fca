import { askPage } from './page';
import { localise, t } from './i18n';
import { isRestrictedUrl } from './restricted';
import { targetTab } from './target-tab';

const $ = <T extends HTMLElement>(testId: string) => document.querySelector<T>(`[data-testid="${testId}"]`)!;

function showStatus(message: string): void {
  const status = $('status');
  status.textContent = message;
  status.hidden = false;
}

async function main(): Promise<void> {
  localise(document);
  const tab = await targetTab(location.search);
  if (tab?.id === undefined || isRestrictedUrl(tab.url)) return showStatus(t('statusRestricted'));
  try {
    const info = await askPage(tab.id, 'page/info', {});
    $('title').textContent = info.title;
    $('status').hidden = true;
    document.getElementById('article')!.hidden = false;
  } catch (error) {
    // Injection into a page the browser protects fails with "Cannot access…"; say it plainly.
    const detail = error instanceof Error ? error.message : String(error);
    showStatus(/cannot access|cannot be scripted|missing host permission/i.test(detail) ? t('statusRestricted') : t('statusError', detail));
  }
}

void main();
