/**
 * Storage figures for 2,000 automatic sites, measured the way Chrome counts quota: each item's key
 * length plus the length of its JSON value. Printed so the numbers can be read, asserted against the
 * documented limits (chrome.storage.sync: 102,400 bytes, 8,192 per item, 512 items; local: 10,485,760).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserProxy, createFakeBrowser, fakeBrowser } from './settings-fake';

vi.mock('../../src/lib/browser', () => ({ browser: browserProxy }));

const { saveLooks, saveSite, loadSettings } = await import('../../src/lib/settings-store');
const { exportSettings, MAX_IMPORT_BYTES } = await import('../../src/lib/settings-transfer');
const { defaults } = await import('../../src/lib/settings');

const SYNC = { total: 102_400, perItem: 8_192, items: 512 };
const LOCAL_TOTAL = 10_485_760;

const bytes = (data: Map<string, unknown>) => [...data].map(([k, v]) => k.length + JSON.stringify(v).length);

/** 2,000 plausible news hosts, longer than most real ones (40 characters each). */
const hosts = Array.from({ length: 2000 }, (_, i) => `www.regional-news-portal-${i}.example.com`);

beforeEach(() => {
  fakeBrowser.current = createFakeBrowser();
});

describe('2,000 automatic sites', () => {
  it('fit the storage quotas, with the figures printed', async () => {
    await saveLooks({ autoDefault: 'reader', reader: { ...defaults.reader, theme: 'sepia', fontSize: 32, lineWidth: 90 } });
    await Promise.all(hosts.map((host, i) => saveSite(host, { mode: i % 3 === 0 ? 'reader' : 'inherit' })));
    const { sync, local } = fakeBrowser.current.storage;
    const syncItems = bytes(sync.data);
    const localItems = bytes(local.data);
    const syncTotal = syncItems.reduce((a, b) => a + b, 0);
    const localTotal = localItems.reduce((a, b) => a + b, 0);
    console.log(`storage.sync: ${sync.data.size} items, ${syncTotal} bytes (largest ${Math.max(...syncItems)}) — limits ${SYNC.items} items, ${SYNC.total} bytes, ${SYNC.perItem} per item`);
    console.log(`storage.local: ${local.data.size} items, ${localTotal} bytes (${((100 * localTotal) / LOCAL_TOTAL).toFixed(2)}% of 10 MB)`);
    expect(sync.data.size).toBeLessThanOrEqual(SYNC.items);
    expect(syncTotal).toBeLessThanOrEqual(SYNC.total);
    expect(Math.max(...syncItems)).toBeLessThanOrEqual(SYNC.perItem);
    expect(localTotal).toBeLessThan(LOCAL_TOTAL / 50);
    expect((await loadSettings()).settings.autoSites[hosts[1999]!]).toEqual({ mode: 'inherit' });
    // Why the sites are not in sync: one key each breaks the item limit, one key for all breaks the item size.
    const oneItem = JSON.stringify(Object.fromEntries(hosts.map((h) => [h, { mode: 'inherit' }]))).length;
    console.log(`the same sites as sync items: ${hosts.length} keys (limit ${SYNC.items}), or one item of ${oneItem} bytes (limit ${SYNC.perItem})`);
    expect(hosts.length).toBeGreaterThan(SYNC.items);
    expect(oneItem).toBeGreaterThan(SYNC.perItem);
    // And the export of all of it still imports.
    const exported = exportSettings((await loadSettings()).settings);
    console.log(`export of all settings: ${exported.length} bytes (import accepts up to ${MAX_IMPORT_BYTES})`);
    expect(exported.length).toBeLessThan(MAX_IMPORT_BYTES);
  }, 30_000);
});
