/**
 * The runtime for scripts that run inside web pages (content.js, auto.js, and reader.js's listener).
 * They are injected into pages, so every kilobyte counts (budgets: docs/ARCHITECTURE.md). Both
 * browsers' native namespaces return promises for what these scripts use (Firefox's `browser`, Chrome
 * MV3's `chrome`), and a listener answers through `sendResponse`, which both support. It sits beside
 * src/lib/browser.ts (the whole native API, for the extension's own pages and the reader) so the
 * browser API stays behind src/lib. Unlike it, this looks the runtime up on every call: after the
 * extension is reloaded, a script left in the page must find its runtime gone.
 */
import { isEnvelope, settle, type Result } from './messages';
import type { AutoMessages } from './settings-messages';

/** Who sent a message, as both browsers describe it (the fields we read). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

type NativeListener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => boolean;

interface NativeRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: NativeListener): void };
}

/**
 * The runtime of this extension. Window's named properties reach the isolated world too, so a page's
 * `<form id="browser"><input name="runtime" id="x">` makes `browser.runtime.id` a string where Chrome
 * has no `browser` of its own (test/fixtures/hostile/36-clobber-browser-runtime.html). Clobbering
 * yields elements, never functions: an API whose methods can't be called is the page's, not ours.
 */
function runtime(): NativeRuntime | null {
  const scope = globalThis as { browser?: { runtime?: Partial<NativeRuntime> }; chrome?: { runtime?: Partial<NativeRuntime> } };
  const callable = (f: unknown) => typeof f === 'function';
  for (const api of [scope.browser, scope.chrome]) {
    const r = api?.runtime;
    if (typeof r?.id === 'string' && callable(r.sendMessage) && callable(r.onMessage?.addListener)) return r as NativeRuntime;
  }
  return null;
}

/** Whether this script still belongs to a live extension (it doesn't after an update or a disable). */
export function extensionAlive(): boolean {
  return runtime() !== null;
}

/** This extension's id, or null once the extension is gone. */
export function extensionId(): string | null {
  return runtime()?.id ?? null;
}

/** Send a message to the background; rejects when the extension is gone. */
export async function sendToBackground(message: unknown): Promise<unknown> {
  const api = runtime();
  if (!api) throw new Error('extension gone');
  return api.sendMessage(message);
}

/** Send an automatic-site message to the background and unwrap its answer. */
export async function tellBackground<K extends 'auto/declutter' | 'auto/undo'>(type: K, payload: AutoMessages[K]['request']): Promise<AutoMessages[K]['response']> {
  const answer = (await sendToBackground({ type, payload })) as Result<AutoMessages[K]['response']> | undefined;
  if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
  return answer.value;
}

/**
 * Listen for messages. `handle` returns a promise of the answer for a message it takes, or undefined
 * to leave the message to another listener (or to nobody).
 */
export function listen(handle: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void {
  runtime()?.onMessage.addListener((message, sender, sendResponse) => {
    const answer = handle(message, sender);
    if (!answer) return false;
    void answer.then(sendResponse);
    return true;
  });
}

/** Whether `sender` is this extension (its pages, its scripts); another extension could message a page script. */
export function fromThisExtension(sender: Sender): boolean {
  const id = extensionId();
  return id !== null && sender.id === id;
}

/**
 * Listen for the messages of `types` (a page script's share of a message map) from this extension only,
 * each answered with what `answer` returns or throws, as a `Result`. Any other message is left to
 * another listener: content.js, reader.js and reveal.js share one isolated world.
 */
export function listenFor<M>(types: readonly (keyof M)[], answer: (type: keyof M, payload: unknown) => unknown): void {
  listen((message, sender) => {
    if (!fromThisExtension(sender) || !isEnvelope<M>(message, types)) return undefined;
    const { type, payload } = message as { type: keyof M; payload: unknown };
    return settle(() => answer(type, payload));
  });
}

/**
 * Run `start` once per isolated world, however often the script is injected (each popup opening
 * injects again). The mark under `key` is a liveness check rather than `true`: after the extension is
 * reloaded, the old copy stays in this world with a dead runtime, and the new copy must take over.
 */
export function startOnce(key: symbol, start: () => void): void {
  const scope = globalThis as { [key: symbol]: unknown };
  if ((scope[key] as (() => boolean) | undefined)?.()) return;
  scope[key] = () => extensionId() !== null;
  start();
}
