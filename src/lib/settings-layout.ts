/**
 * How the small settings sit in storage.sync: one key per value. `version`, `autoDefault`, and one
 * `reader.<field>` key per field of the reader's look, derived from `defaults.reader`, so a new reader
 * field gets its own key with no change here. One key per value is what lets the reader's toolbar and
 * the options page each write the one thing the user changed without undoing a change made elsewhere a
 * moment before (storage.sync has no transactions; a whole-object write is a lost update waiting).
 *
 * Older layouts are read too, and named here so the store can remove them once moved: version 2 kept
 * the look as one `reader` object; version 1 kept it as flat `theme`/`fontSize`/`lineWidth` keys and the
 * sites as an `autoSites` list (settings-migrate.ts upgrades those shapes).
 */
import { defaults, type ReaderLook, type Settings } from './settings';

type Raw = Record<string, unknown>;

const READER_PREFIX = 'reader.';
/** The reader's fields, as the schema names them. */
const READER_FIELDS = Object.keys(defaults.reader) as (keyof ReaderLook)[];

/** The storage key of one reader field. */
export const readerKey = (field: string): string => READER_PREFIX + field;

/** Every storage.sync key of the current layout. */
export const SYNC_KEYS: readonly string[] = ['version', 'autoDefault', ...READER_FIELDS.map(readerKey)];

/** Keys of older layouts, read for their values and removed once those live in the current keys. */
export const LEGACY_SYNC_KEYS: readonly string[] = ['reader', 'theme', 'fontSize', 'lineWidth', 'autoSites'];

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first version that stores one key per reader field. */
const PER_FIELD_VERSION = 3;

/**
 * The settings object (as `migrate` and `validateSettings` take it) that storage.sync holds. Keys of
 * neither layout are not ours to read and are left out. Where both layouts hold the reader's look, the
 * version says which was written last: a version-2 build on another device writes its whole `reader`
 * object and `version: 2` on every change, so then the object is the newer; otherwise the per-field keys are.
 */
export function decodeSync(stored: Raw): Raw {
  const raw: Raw = {};
  for (const key of ['version', 'autoDefault', ...LEGACY_SYNC_KEYS]) if (stored[key] !== undefined) raw[key] = stored[key];
  const legacy: Raw = isRecord(stored.reader) ? stored.reader : {};
  const perField: Raw = {};
  for (const field of READER_FIELDS) if (stored[readerKey(field)] !== undefined) perField[field] = stored[readerKey(field)];
  if (Object.keys(perField).length === 0) return raw;
  const olderWroteLast = typeof stored.version === 'number' && stored.version < PER_FIELD_VERSION;
  raw.reader = olderWroteLast ? { ...perField, ...legacy } : { ...legacy, ...perField };
  return raw;
}

/** Valid settings as storage.sync keys (the sites live elsewhere: settings-store.ts). */
export function encodeSync(settings: Pick<Settings, 'version' | 'autoDefault' | 'reader'>): Raw {
  const out: Raw = { version: settings.version, autoDefault: settings.autoDefault };
  for (const field of READER_FIELDS) out[readerKey(field)] = settings.reader[field];
  return out;
}

/** The keys a (migrated) settings object gives a value for, in the current layout. */
export function keysGiven(raw: Raw): Set<string> {
  const given = new Set<string>();
  if (raw.autoDefault !== undefined) given.add('autoDefault');
  if (isRecord(raw.reader)) for (const field of READER_FIELDS) if (raw.reader[field] !== undefined) given.add(readerKey(field));
  return given;
}
