/**
 * Settings as a JSON file: what "Export" writes and "Import" reads. Import is hostile input like any
 * file: size-capped, parsed without revivers, migrated from older versions, validated and repaired.
 */
import { migrate } from './settings-migrate';
import { validateSettings, type Repair, type Settings } from './settings';

/** Marks the file as ours, so importing some other JSON says so instead of "repairing" it to defaults. */
export const EXPORT_FORMAT = 'news-declutter-settings';
/** 2,000 sites export to about 80 KB; anything far beyond that is not a settings file. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** The exported file's text: the settings, with the format marker, pretty-printed for people. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, ...settings }, null, 2)}\n`;
}

/** Parsed settings, with what was repaired or upgraded on the way. */
export interface Imported {
  settings: Settings;
  repairs: Repair[];
}

/** Why a file is not a settings export at all: the `_locales` message that says so, and its value. */
export class ImportError extends Error {
  constructor(readonly reason: 'importTooLarge' | 'importNotJson' | 'importNotObject' | 'importNotOurs', readonly value?: string) {
    super(reason);
  }
}

/**
 * Read an exported file. Throws an ImportError when the text is not a settings file at all;
 * otherwise returns valid settings, repaired where needed, and the list of repairs.
 */
export function parseImport(text: string): Imported {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('importTooLarge', String(MAX_IMPORT_BYTES / 1000));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('importNotJson');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ImportError('importNotObject');
  const { format, ...rest } = data as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) throw new ImportError('importNotOurs');
  const { raw, notes } = migrate(rest);
  const { settings, repairs } = validateSettings(raw);
  return { settings, repairs: [...notes, ...repairs] };
}
