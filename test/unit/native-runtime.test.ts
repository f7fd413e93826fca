import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionId, listen, sendToBackground, startOnce } from '../../src/lib/native-runtime';

/** A runtime as the browser provides it: callable methods. */
function realRuntime() {
  const listeners: ((m: unknown, s: object, reply: (r: unknown) => void) => boolean)[] = [];
  return {
    listeners,
    runtime: { id: 'ours', sendMessage: vi.fn(async () => 'answered'), onMessage: { addListener: (l: (typeof listeners)[number]) => listeners.push(l) } },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the page scripts’ runtime', () => {
  it('ignores a `browser` clobbered by page markup and uses the real API beside it', async () => {
    // <form id="browser"><input name="runtime" id="x"> as the isolated world sees it: strings and elements.
    vi.stubGlobal('browser', { runtime: { id: 'clobbered-runtime', sendMessage: {}, onMessage: {} } });
    const real = realRuntime();
    vi.stubGlobal('chrome', { runtime: real.runtime });
    expect(extensionId()).toBe('ours');
    await expect(sendToBackground({ type: 'badge/page' })).resolves.toBe('answered');
  });

  it('says the extension is gone when neither namespace is real', async () => {
    vi.stubGlobal('browser', { runtime: { id: 'clobbered-runtime' } });
    vi.stubGlobal('chrome', undefined);
    expect(extensionId()).toBeNull();
    await expect(sendToBackground({})).rejects.toThrow('extension gone');
  });

  it('answers through sendResponse for a message it takes, and leaves the others alone', async () => {
    const real = realRuntime();
    vi.stubGlobal('browser', { runtime: real.runtime });
    listen((m) => ((m as { mine?: boolean }).mine ? Promise.resolve('yes') : undefined));
    const reply = vi.fn();
    expect(real.listeners[0]!({ mine: false }, {}, reply)).toBe(false);
    expect(real.listeners[0]!({ mine: true }, {}, reply)).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith('yes'));
  });

  it('starts a page script once per world, and again after the extension that started it is gone', () => {
    const key = Symbol('test-script');
    const start = vi.fn();
    vi.stubGlobal('chrome', { runtime: realRuntime().runtime });
    startOnce(key, start);
    startOnce(key, start);
    expect(start).toHaveBeenCalledTimes(1);
    // Reloaded: the old copy's runtime is dead, and the new copy must take over.
    vi.stubGlobal('chrome', { runtime: {} });
    startOnce(key, start);
    expect(start).toHaveBeenCalledTimes(2);
  });
});
