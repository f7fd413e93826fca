import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserProxy, createFakeBrowser, fakeBrowser } from './settings-fake';

vi.mock('../../src/lib/browser', () => ({ browser: browserProxy }));

const { defaults, validateSettings, isHost, siteOf } = await import('../../src/lib/settings');
const { migrate } = await import('../../src/lib/settings-migrate');
const { loadLooks, loadSettings, saveLooks, saveSite, loadSites, SITE_PREFIX } = await import('../../src/lib/settings-store');
const { exportSettings, ImportError, parseImport } = await import('../../src/lib/settings-transfer');

beforeEach(() => {
  fakeBrowser.current = createFakeBrowser();
});

describe('validateSettings', () => {
  it('gives the defaults for nothing, and for things that are not settings', () => {
    for (const raw of [undefined, null, {}]) expect(validateSettings(raw).settings).toEqual(defaults);
    for (const raw of [42, 'settings', [1, 2], true]) {
      const { settings, repairs } = validateSettings(raw);
      expect(settings).toEqual(defaults);
      expect(repairs.length).toBeGreaterThan(0);
    }
  });

  it('repairs each broken value and keeps every valid one', () => {
    const { settings, repairs } = validateSettings({
      autoDefault: 'reader',
      reader: { theme: 'neon', fontSize: 500, lineWidth: 'wide' },
      autoSites: {
        'news.example.com': { mode: 'reader' },
        'old.example.org': 'hide-related',
        'bad-mode.example': { mode: 7 },
        'http://not-a-host/': { mode: 'reader' },
        '*.example.com': { mode: 'inherit' },
        'UPPER.example.com': { mode: 'inherit' },
      },
      colour: 'blue',
    });
    expect(settings.autoDefault).toBe('reader');
    expect(settings.reader).toEqual({ ...defaults.reader, theme: 'system', fontSize: 32, lineWidth: 68 });
    expect(settings.autoSites).toEqual({ 'news.example.com': { mode: 'reader' }, 'old.example.org': { mode: 'hide-related' } });
    expect(repairs).toHaveLength(8);
    expect(repairs).toEqual(expect.arrayContaining([
      { kind: 'unknown', field: 'reader.theme', to: 'system' },
      { kind: 'clamped', field: 'reader.fontSize', from: '500', to: '32' },
      { kind: 'not-host', field: 'http://not-a-host/' },
      { kind: 'not-setting', field: 'colour' },
    ]));
  });

  it('rounds and clamps numbers, and refuses NaN and Infinity', () => {
    expect(validateSettings({ reader: { fontSize: 17.6, lineWidth: 10 } }).settings.reader).toMatchObject({ fontSize: 18, lineWidth: 45 });
    expect(validateSettings({ reader: { fontSize: Number.NaN, lineWidth: Infinity } }).settings.reader).toMatchObject({ fontSize: 19, lineWidth: 68 });
    // The typography and speech fields: out-of-range numbers clamp, unknown choices fall back, each noted.
    const typo = validateSettings({ reader: { fontFamily: 'comic', lineHeight: 999, paragraphSpacing: -3, align: 'center', speechRate: 10 } });
    expect(typo.settings.reader).toMatchObject({ fontFamily: 'serif', lineHeight: 220, paragraphSpacing: 0, align: 'start', speechRate: 75 });
    expect(typo.repairs).toHaveLength(5);
    expect(validateSettings({ reader: { fontFamily: 'atkinson', align: 'justify', lineHeight: 150 } }).settings.reader).toMatchObject({ fontFamily: 'atkinson', align: 'justify', lineHeight: 150 });
  });

  it('cannot be used to pollute prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "autoSites": {"__proto__": {"mode": "reader"}, "constructor": {"mode": "reader"}}, "reader": {"__proto__": {"theme": "dark"}}}');
    const { settings } = validateSettings(hostile);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.keys(settings.autoSites)).toEqual(['constructor']);
    expect(Object.getPrototypeOf(settings.autoSites)).toBe(Object.prototype);
    expect(settings.reader.theme).toBe('system');
  });

  it('recognises host names as URL.hostname gives them', () => {
    expect(['example.com', 'www.lokmattimes.com', '127.0.0.1', 'localhost', 'xn--9n2bp8q.example'].every(isHost)).toBe(true);
    expect(['', 'Example.com', 'a..b', '-a.com', 'a.com.', 'a com', '__proto__', 'x'.repeat(64)].some(isHost)).toBe(false);
    expect(siteOf('https://www.example.com:8443/a/b?c#d')).toBe('www.example.com');
    expect([siteOf('chrome://settings'), siteOf('file:///tmp/x.html'), siteOf('not a url'), siteOf(undefined)]).toEqual([null, null, null, null]);
  });
});

describe('migrate', () => {
  it('upgrades version 1 (a list of sites, a flat reader look) to version 2', () => {
    const { raw, notes } = migrate({ version: 1, autoSites: ['a.example', 5, 'b.example'], theme: 'dark', fontSize: 22 });
    expect(notes).toEqual([{ kind: 'upgraded', field: 'version', from: '1', to: '2' }]);
    expect(validateSettings(raw).settings).toEqual({
      ...defaults,
      autoSites: { 'a.example': { mode: 'inherit' }, 'b.example': { mode: 'inherit' } },
      reader: { ...defaults.reader, theme: 'dark', fontSize: 22 },
    });
  });

  it('leaves current data as it is, and a newer version readable', () => {
    const current = { version: 3, autoDefault: 'reader', reader: { theme: 'sepia', fontSize: 20, lineWidth: 60 } };
    expect(migrate(current)).toEqual({ raw: current, notes: [], newer: null });
    const newer = migrate({ version: 9, autoDefault: 'reader', hologram: true });
    expect(newer.newer).toBe(9);
    expect(newer.raw.version).toBe(9);
    expect(validateSettings(newer.raw).settings.autoDefault).toBe('reader');
  });
});

describe('loadLooks (what the in-page reader reads)', () => {
  it('gives the valid look with broken values defaulted, and writes nothing back', async () => {
    const { sync } = fakeBrowser.current.storage;
    sync.data.set('version', 3);
    sync.data.set('reader.theme', 'neon');
    sync.data.set('reader.fontSize', 24);
    sync.data.set('reader.lineWidth', 70);
    const looks = await loadLooks();
    expect(looks.reader).toEqual({ ...defaults.reader, fontSize: 24, lineWidth: 70 });
    expect(looks.autoDefault).toBe(defaults.autoDefault);
    expect(sync.data.get('reader.theme')).toBe('neon');
  });
});

describe('loadSettings', () => {
  it('merges stored values over the defaults and writes nothing when all is valid', async () => {
    const { sync, local } = fakeBrowser.current.storage;
    sync.data.set('version', 3);
    for (const [k, v] of Object.entries({ theme: 'dark', fontSize: 21, lineWidth: 70 })) sync.data.set(`reader.${k}`, v);
    local.data.set(`${SITE_PREFIX}news.example`, { mode: 'reader' });
    local.data.set('popup-cache', { unrelated: true });
    const { settings, repairs } = await loadSettings();
    expect(repairs).toEqual([]);
    expect(settings).toEqual({ ...defaults, reader: { ...defaults.reader, theme: 'dark', fontSize: 21, lineWidth: 70 }, autoSites: { 'news.example': { mode: 'reader' } } });
    expect(sync.data.has('autoDefault')).toBe(false);
    expect(sync.data.get('version')).toBe(3);
  });

  it('repairs corrupted storage once, keeping the valid values and keys it does not know', async () => {
    const { sync, local } = fakeBrowser.current.storage;
    sync.data.set('autoDefault', 'explode');
    sync.data.set('reader.theme', 'sepia');
    sync.data.set('reader.fontSize', 'huge');
    sync.data.set('reader.lineWidth', 80);
    sync.data.set('junk', 'x'.repeat(100));
    local.data.set(`${SITE_PREFIX}good.example`, { mode: 'hide-related' });
    local.data.set(`${SITE_PREFIX}bad.example`, null);
    local.data.set(`${SITE_PREFIX}BAD HOST`, { mode: 'reader' });
    local.data.set('someone-else', 1);
    const first = await loadSettings();
    expect(first.settings.reader).toEqual({ ...defaults.reader, theme: 'sepia', fontSize: 19, lineWidth: 80 });
    expect(first.settings.autoSites).toEqual({ 'good.example': { mode: 'hide-related' } });
    expect(first.repairs.length).toBeGreaterThanOrEqual(4);
    // Storage without a version is version 1's: it is marked as this one's once repaired.
    expect(Object.fromEntries(sync.data)).toEqual({ autoDefault: 'hide-related', 'reader.theme': 'sepia', 'reader.fontSize': 19, 'reader.lineWidth': 80, junk: 'x'.repeat(100), version: 3 });
    expect([...local.data.keys()].sort()).toEqual([`${SITE_PREFIX}good.example`, 'someone-else']);
    const second = await loadSettings();
    expect(second).toEqual({ settings: first.settings, repairs: [], newerVersion: null });
  });

  it('moves version-1 sites out of sync into per-site keys', async () => {
    const { sync, local } = fakeBrowser.current.storage;
    sync.data.set('autoSites', ['old.example']);
    sync.data.set('theme', 'dark');
    const { settings } = await loadSettings();
    expect(settings.autoSites).toEqual({ 'old.example': { mode: 'inherit' } });
    expect(settings.reader.theme).toBe('dark');
    expect(local.data.get(`${SITE_PREFIX}old.example`)).toEqual({ mode: 'inherit' });
    expect(sync.data.has('autoSites')).toBe(false);
  });

  it('saveLooks clamps what it is given and writes only the fields it names', async () => {
    const repairs = await saveLooks({ reader: { theme: 'dark', fontSize: 99, lineWidth: 50 } });
    expect(repairs).toEqual([{ kind: 'clamped', field: 'reader.fontSize', from: '99', to: '32' }]);
    const sync = Object.fromEntries(fakeBrowser.current.storage.sync.data);
    expect(sync).toEqual({ version: 3, 'reader.theme': 'dark', 'reader.fontSize': 32, 'reader.lineWidth': 50 });
    expect(fakeBrowser.current.storage.sync.data.has('autoDefault')).toBe(false);
  });

  it('refuses to store a site under a key that is not a host', async () => {
    await expect(saveSite('not a host', { mode: 'reader' })).rejects.toThrow(/not a valid site/);
    expect(await loadSites()).toEqual({});
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const settings = { ...defaults, autoDefault: 'reader' as const, autoSites: { 'a.example': { mode: 'hide-related' as const } }, reader: { ...defaults.reader, theme: 'sepia' as const, fontSize: 24, lineWidth: 60 } };
    expect(parseImport(exportSettings(settings))).toEqual({ settings, repairs: [] });
  });

  it('says plainly when a file is not a settings export', () => {
    const reason = (text: string) => {
      try {
        parseImport(text);
      } catch (error) {
        return error instanceof ImportError ? [error.reason, error.value] : error;
      }
      return null;
    };
    expect(reason('{not json')).toEqual(['importNotJson', undefined]);
    expect(reason('[1,2]')).toEqual(['importNotObject', undefined]);
    expect(reason('{"autoDefault": "reader"}')).toEqual(['importNotOurs', undefined]);
    expect(reason(' '.repeat(1_000_001))).toEqual(['importTooLarge', '1000']);
  });

  it('imports an old or damaged export with its repairs listed', () => {
    const text = JSON.stringify({ format: 'news-declutter-settings', version: 1, autoSites: ['a.example', 'NOT OK'], fontSize: 300 });
    const { settings, repairs } = parseImport(text);
    expect(settings.autoSites).toEqual({ 'a.example': { mode: 'inherit' } });
    expect(settings.reader.fontSize).toBe(32);
    expect(repairs).toEqual([
      { kind: 'upgraded', field: 'version', from: '1', to: '2' },
      { kind: 'not-host', field: 'NOT OK' },
      { kind: 'clamped', field: 'reader.fontSize', from: '300', to: '32' },
    ]);
  });
});
