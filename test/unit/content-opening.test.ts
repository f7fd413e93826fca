import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPENING_BRIDGE } from '../../src/content/session-bridge';

type Scope = { [OPENING_BRIDGE]?: () => Promise<string> };
/** A script, not a module (it has to be, see there), so named by a variable for the type checker. */
const OPENING_SCRIPT = '../../src/content/opening.ts';

describe('opening.js', () => {
  afterEach(() => {
    delete (globalThis as Scope)[OPENING_BRIDGE];
    vi.resetModules();
  });

  it("calls what content.js left under OPENING_BRIDGE: its key is written out, so this is what ties the two", async () => {
    const answer = vi.fn(async () => '{"ok":true,"value":{"state":"loading"}}');
    (globalThis as Scope)[OPENING_BRIDGE] = answer;
    await import(/* @vite-ignore */ OPENING_SCRIPT);
    expect(answer).toHaveBeenCalledOnce();
  });

  it('does nothing where content.js has not started (its value is then undefined, and the popup asks the usual way)', async () => {
    await expect(import(/* @vite-ignore */ OPENING_SCRIPT)).resolves.toBeDefined();
  });
});
