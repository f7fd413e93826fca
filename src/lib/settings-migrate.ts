/**
 * Shape changes of the settings, oldest first. Each migration takes the raw object of its version and
 * returns the raw object of the next; `validateSettings` then checks the result. Migrations run on what
 * storage holds and on imported files, so an export from an older version still imports.
 */
import { SETTINGS_VERSION } from './settings';

type Raw = Record<string, unknown>;

interface Migration {
  /** The version this migration upgrades from. */
  from: number;
  /** What changed, for the import report. */
  note: string;
  run(raw: Raw): Raw;
}

/**
 * Version 1 kept the automatic sites as a list of host names (every site on the default mode) and the
 * reader's look as flat keys. A list can't carry per-site options, and flat keys collide with future
 * settings, so version 2 keys sites by host and groups the reader's look.
 */
const toVersion2: Migration = {
  from: 1,
  note: 'upgraded from settings version 1',
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

/** Every migration, in order. Add one (and bump SETTINGS_VERSION) for every shape change. */
export const migrations: readonly Migration[] = [toVersion2];

/**
 * Upgrade a raw settings object to the current version. A missing version means version 1 (the first
 * shape had none). A version newer than this build knows is left alone: validation keeps what it can
 * read, and downgrading would lose data the newer version wrote.
 */
export function migrate(raw: Raw): { raw: Raw; notes: string[] } {
  const notes: string[] = [];
  const stored = raw.version;
  let version = typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1;
  if (stored !== undefined && version !== stored) notes.push('version: unreadable, treated as 1');
  if (version > SETTINGS_VERSION) {
    notes.push(`version ${version} is newer than this extension (${SETTINGS_VERSION}); read what is understood`);
    return { raw: { ...raw, version: SETTINGS_VERSION }, notes };
  }
  let current = raw;
  for (const migration of migrations) {
    if (migration.from !== version) continue;
    current = migration.run(current);
    version = migration.from + 1;
    if (stored !== undefined) notes.push(migration.note);
  }
  return { raw: { ...current, version }, notes };
}
