/**
 * Shape changes of the settings, oldest first. Each migration takes the raw object of its version and
 * returns the raw object of the next; `validateSettings` then checks the result. Migrations run on what
 * storage holds and on imported files, so an export from an older version still imports.
 */
import { SETTINGS_VERSION, type Repair } from './settings';

type Raw = Record<string, unknown>;

interface Migration {
  /** The version this migration upgrades from. */
  from: number;
  /** Whether the import report mentions it: not when only the storage layout changed. */
  noted: boolean;
  run(raw: Raw): Raw;
}

/**
 * Version 1 kept the automatic sites as a list of host names (every site on the default mode) and the
 * reader's look as flat keys. A list can't carry per-site options, and flat keys collide with future
 * settings, so version 2 keys sites by host and groups the reader's look.
 */
const toVersion2: Migration = {
  from: 1,
  noted: true,
  run(raw) {
    const { theme, fontSize, lineWidth, ...rest } = raw;
    const out: Raw = { ...rest, version: 2 };
    if (Array.isArray(raw.autoSites)) {
      out.autoSites = Object.fromEntries(raw.autoSites.filter((h): h is string => typeof h === 'string').map((h) => [h, { mode: 'inherit' }]));
    }
    const flat = { theme, fontSize, lineWidth };
    if (Object.values(flat).some((v) => v !== undefined)) {
      const reader = typeof raw.reader === 'object' && raw.reader !== null ? (raw.reader as Raw) : {};
      out.reader = { ...Object.fromEntries(Object.entries(flat).filter(([, v]) => v !== undefined)), ...reader };
    }
    return out;
  },
};

/**
 * Version 3 stores each reader field under its own storage key (`reader.theme`, `reader.fontSize`…),
 * so the reader's toolbar and the options page, each writing one field, can't undo each other's
 * change. The settings object keeps its shape; the layout is settings-layout.ts's, which reads the
 * version-2 `reader` object too and moves it.
 */
const toVersion3: Migration = { from: 2, noted: false, run: (raw) => raw };

/** Every migration, in order. Add one (and bump SETTINGS_VERSION) for every shape change. */
export const migrations: readonly Migration[] = [toVersion2, toVersion3];

/**
 * Upgrade a raw settings object to the current version. A missing version means version 1 (the first
 * shape had none). A version newer than this build knows is left alone: validation keeps what it can
 * read, and downgrading would lose data the newer version wrote.
 */
export function migrate(raw: Raw): { raw: Raw; notes: Repair[]; newer: number | null } {
  const notes: Repair[] = [];
  const stored = raw.version;
  let version = typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1;
  if (stored !== undefined && version !== stored) notes.push({ kind: 'unreadable-version', field: 'version', to: '1' });
  if (version > SETTINGS_VERSION) {
    // Not a repair: nothing here is broken, this build only knows less. The caller says so and writes
    // nothing back (settings-store.ts); an import reads what it understands.
    return { raw, notes, newer: version };
  }
  let current = raw;
  for (const migration of migrations) {
    if (migration.from !== version) continue;
    current = migration.run(current);
    version = migration.from + 1;
    if (stored !== undefined && migration.noted) notes.push({ kind: 'upgraded', field: 'version', from: String(migration.from), to: String(version) });
  }
  return { raw: { ...current, version }, notes, newer: null };
}
