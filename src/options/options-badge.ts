/**
 * The options page's "Show when a page is an article, on every site" switch. Switching it on asks for
 * access to all sites first thing in the click (permissions.request must run inside the user's
 * gesture: after an await it would be refused), then has the background register the detector.
 * Declined: nothing changes, and the page says why. Off: unregistered and the access released.
 */
import { browser } from '../lib/browser';
import { askEverywhere, EVERY_SITE } from '../lib/everywhere';
import { t } from '../lib/i18n';

const byTestId = <T extends HTMLElement>(id: string): T => document.querySelector<T>(`[data-testid="${id}"]`)!;

/** The outcome of one flip of the switch, for the line under it. */
export type EverywhereOutcome = 'on' | 'off' | 'declined';

/**
 * Turn the badge on or off. `request` is the permission prompt, already started by the caller in the
 * click; `ask` reaches the background. Pure of the DOM, so the permission flow is unit-tested.
 */
export async function flipEverywhere(on: boolean, request: Promise<boolean> | null, ask: typeof askEverywhere): Promise<EverywhereOutcome> {
  if (on) {
    if (!(await request)) return 'declined';
    await ask('everywhere/set', { on: true });
    return 'on';
  }
  await ask('everywhere/set', { on: false });
  return 'off';
}

/** Wire the switch once and show its current state. */
export function wireBadgeEverywhere(): void {
  const input = byTestId<HTMLInputElement>('badge-everywhere');
  const message = byTestId<HTMLElement>('badge-everywhere-message');
  const show = async (): Promise<void> => {
    input.checked = (await askEverywhere('everywhere/get', {})).on;
  };
  input.addEventListener('change', () => {
    const on = input.checked;
    // First, synchronously, inside the click: the prompt.
    const request = on ? browser.permissions.request({ origins: [...EVERY_SITE] }) : null;
    input.disabled = true;
    void flipEverywhere(on, request, askEverywhere)
      .then((outcome) => {
        message.textContent = t(outcome === 'on' ? 'badgeEverywhereOn' : outcome === 'off' ? 'badgeEverywhereOff' : 'badgeEverywhereDeclined');
      })
      .catch((error: unknown) => {
        // The browser's own error text is English: it goes to the console, the person gets a sentence.
        console.warn('switching the article badge failed', error);
        message.textContent = t('badgeEverywhereFailed');
      })
      .finally(() => {
        input.disabled = false;
        void show().catch(() => undefined);
      });
  });
  void show().catch(() => undefined);
}
