import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** What auto.js sent the background, in order, and the replies it is still waiting for. */
const sent: string[] = [];
const pending: Array<() => void> = [];

let addressChanged: (() => void) | null = null;

/** What auto.js told the toolbar badge, in order. */
const badges: boolean[] = [];
let declutterReply: { mode: string | null } | undefined;

vi.mock('../../src/lib/native-runtime', () => ({
  extensionAlive: () => true,
  sendToBackground: (message: { type: string; payload: { isArticle: boolean } }) => {
    if (message.type === 'badge/page') badges.push(message.payload.isArticle);
    return Promise.resolve();
  },
  tellBackground: (type: string) => {
    sent.push(type);
    // The declutter reply is held until the test releases it: the round trip the address can change in.
    if (type === 'auto/declutter') return new Promise((resolve) => pending.push(() => resolve(declutterReply)));
    return Promise.resolve({ undone: true });
  },
}));
vi.mock('../../src/core/detect', () => ({ isArticleEarly: () => true }));
vi.mock('../../src/content/navigation', () => ({
  watchAddress: (onChange: () => void) => void (addressChanged = onChange),
}));

const { followPage, SETTLE_MS } = await import('../../src/content/auto-follow');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  Object.assign(globalThis, { document: {}, location: { href: 'https://news.example/a' } });
  sent.length = 0;
  pending.length = 0;
  badges.length = 0;
  declutterReply = undefined;
});
afterEach(() => vi.useRealTimers());

describe('auto.js following an automatic site', () => {
  it('undoes the old page when a pushState lands while the declutter reply is on its way', async () => {
    const life = new AbortController();
    followPage(life.signal);
    await vi.waitFor(() => expect(sent).toEqual(['auto/declutter']));
    // The app navigates in-app before the background has answered.
    addressChanged!();
    pending.shift()!();
    await vi.waitFor(() => expect(sent).toEqual(['auto/declutter', 'auto/undo']));
    // The new address is checked after it settles, and only after the undo went out.
    vi.advanceTimersByTime(SETTLE_MS);
    await vi.waitFor(() => expect(sent).toEqual(['auto/declutter', 'auto/undo', 'auto/declutter']));
    pending.shift()!();
    life.abort();
    await vi.waitFor(() => expect(sent.at(-1)).toBe('auto/undo'));
  });

  it('undoes a page whose reply already came, once, when the address changes', async () => {
    const life = new AbortController();
    followPage(life.signal);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending.shift()!();
    await vi.waitFor(settle);
    addressChanged!();
    await vi.waitFor(() => expect(sent).toEqual(['auto/declutter', 'auto/undo']));
    life.abort();
    await Promise.resolve();
    expect(sent.filter((t) => t === 'auto/undo')).toHaveLength(1);
  });

  it('lights the badge on an article; off an automatic site (no mode) owes no undo', async () => {
    declutterReply = { mode: null };
    const life = new AbortController();
    followPage(life.signal);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    expect(badges).toEqual([true]);
    pending.shift()!();
    await vi.waitFor(settle);
    addressChanged!();
    life.abort();
    await vi.waitFor(settle);
    expect(sent).toEqual(['auto/declutter']);
  });
});
