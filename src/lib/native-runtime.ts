/**
 * auto.js's one line to the background. auto.js runs on every page load of an automatic site and must
 * stay under 10 KB minified; webextension-polyfill alone is 10 KB, so this script uses the browser's
 * native namespace, which returns promises in both targets (Firefox's `browser`, Chrome MV3's `chrome`).
 * It sits beside src/lib/browser.ts so the browser API stays behind src/lib; everything else goes
 * through browser.ts.
 */
import type { AutoMessages } from './settings-messages';
import type { Result } from './messages';

interface NativeRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** The runtime of this extension. A page's `<div id="browser">` is visible on `window` even in the
 * isolated world (named access), so `runtime.id` is checked, as webextension-polyfill also does. */
function runtime(): NativeRuntime | null {
  const scope = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  for (const api of [scope.browser, scope.chrome]) if (typeof api?.runtime?.id === 'string') return api.runtime;
  return null;
}

/** Whether this script still belongs to a live extension (it doesn't after an update or a disable). */
export function extensionAlive(): boolean {
  return runtime() !== null;
}

/** Send an automatic-site message to the background and unwrap its answer. */
export async function tellBackground<K extends 'auto/declutter' | 'auto/undo'>(type: K, payload: AutoMessages[K]['request']): Promise<AutoMessages[K]['response']> {
  const api = runtime();
  if (!api) throw new Error('the extension is gone');
  const answer = (await api.sendMessage({ type, payload })) as Result<AutoMessages[K]['response']> | undefined;
  if (!answer) throw new Error('the background did not answer');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}
