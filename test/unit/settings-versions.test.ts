import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserProxy, createFakeBrowser, fakeBrowser } from './settings-fake';

vi.mock('../../src/lib/browser', () => ({ browser: browserProxy }));

const { defaults, SETTINGS_VERSION } = await import('../../src/lib/settings');
const { loadLooks, loadSettings, saveLooks } = await import('../../src/lib/settings-store');

beforeEach(() => {
  fakeBrowser.current = createFakeBrowser();
});

const syncOf = () => Object.fromEntries(fakeBrowser.current.storage.sync.data);

describe('settings written by a newer version of the extension', () => {
  const newer = () => ({
    version: SETTINGS_VERSION + 5,
    autoDefault: 'reader',
    'reader.theme': 'hologram',
    'reader.fontSize': 22,
    'reader.voice': 'Yuna',
    hologram: { depth: 3 },
  });

  it('are read where understood and left exactly as they are', async () => {
    for (const [k, v] of Object.entries(newer())) fakeBrowser.current.storage.sync.data.set(k, v);
    const { settings, newerVersion } = await loadSettings();
    expect(newerVersion).toBe(SETTINGS_VERSION + 5);
    expect(settings.autoDefault).toBe('reader');
    expect(settings.reader).toEqual({ ...defaults.reader, fontSize: 22 });
    expect(syncOf()).toEqual(newer());
  });

  it('survive a change made here: only the changed key is written, and the version is not lowered', async () => {
    for (const [k, v] of Object.entries(newer())) fakeBrowser.current.storage.sync.data.set(k, v);
    await saveLooks({ reader: { fontSize: 25 } });
    expect(syncOf()).toEqual({ ...newer(), 'reader.fontSize': 25 });
    expect((await loadLooks()).reader.fontSize).toBe(25);
  });
});

describe('one storage key per setting', () => {
  it('keeps a change made elsewhere at the same moment (the reader and the options page)', async () => {
    await saveLooks({ reader: { theme: 'sepia', fontSize: 20, lineWidth: 60 } });
    // The reader makes the text larger while the options page switches the theme.
    await Promise.all([saveLooks({ reader: { fontSize: 24 } }), saveLooks({ reader: { theme: 'dark' } })]);
    expect((await loadLooks()).reader).toEqual({ ...defaults.reader, theme: 'dark', fontSize: 24, lineWidth: 60 });
  });

  it('gives every reader field its own key, derived from the defaults', async () => {
    await saveLooks({ reader: { ...defaults.reader } });
    for (const field of Object.keys(defaults.reader)) expect(syncOf()).toHaveProperty([`reader.${field}`]);
    expect(syncOf()).not.toHaveProperty('reader');
  });

  it('moves the version-2 shape (one `reader` object) into per-field keys once', async () => {
    const { sync } = fakeBrowser.current.storage;
    sync.data.set('version', 2);
    sync.data.set('autoDefault', 'reader');
    sync.data.set('reader', { theme: 'dark', fontSize: 21, lineWidth: 70 });
    const { settings, repairs } = await loadSettings();
    expect(settings.reader).toEqual({ ...defaults.reader, theme: 'dark', fontSize: 21, lineWidth: 70 });
    expect(repairs).toEqual([]);
    expect(syncOf()).toEqual({ version: SETTINGS_VERSION, autoDefault: 'reader', 'reader.theme': 'dark', 'reader.fontSize': 21, 'reader.lineWidth': 70 });
    expect((await loadSettings()).settings).toEqual(settings);
  });

  it('takes the `reader` object over per-field keys when a version-2 build wrote last (it lowers the version)', async () => {
    const { sync } = fakeBrowser.current.storage;
    sync.data.set('reader.theme', 'sepia');
    sync.data.set('reader.fontSize', 30);
    // An older build on another device changed the theme: it writes its whole object and version 2.
    sync.data.set('reader', { theme: 'dark', fontSize: 20, lineWidth: 60 });
    sync.data.set('version', 2);
    const { settings } = await loadSettings();
    expect(settings.reader).toMatchObject({ theme: 'dark', fontSize: 20, lineWidth: 60 });
    expect(syncOf()).toEqual({ version: SETTINGS_VERSION, 'reader.theme': 'dark', 'reader.fontSize': 20, 'reader.lineWidth': 60 });
  });

  it('writes nothing for values that were never stored (defaults stay defaults, not copies)', async () => {
    await loadSettings();
    expect(syncOf()).toEqual({});
  });
});
