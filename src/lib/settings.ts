import { httpUrl } from '../core/http-url';
/**
 * The settings schema. `defaults` IS the schema: its shape and value types are what every stored or
 * imported value is checked against (`validateSettings`), and `Settings` is derived from it.
 * Storage layout and quotas: see settings-store.ts. Shape changes: settings-migrate.ts.
 */

/** What an automatic site does with an article: hide the related rails only, or also open the reader. */
export type AutoMode = 'hide-related' | 'reader';
/** A site's own choice, or `inherit` to follow `autoDefault`. */
export type SiteMode = AutoMode | 'inherit';
export type ReaderTheme = 'light' | 'dark' | 'sepia' | 'system';
/** The reader's typeface: the system serif or sans, or Atkinson Hyperlegible (shipped in the extension). */
export type ReaderFont = 'serif' | 'sans' | 'atkinson';
/** Ragged (start-aligned) or justified paragraphs. */
export type ReaderAlign = 'start' | 'justify';

/** Per-site options, stored under the site's host name. */
export interface SiteOptions {
  mode: SiteMode;
}

export const AUTO_MODES: readonly AutoMode[] = ['hide-related', 'reader'];
export const SITE_MODES: readonly SiteMode[] = ['inherit', 'hide-related', 'reader'];
export const READER_THEMES: readonly ReaderTheme[] = ['system', 'light', 'dark', 'sepia'];
/** Reader font size in CSS pixels. */
export const FONT_SIZE = { min: 12, max: 32 } as const;
/** Reader line width in `ch` (characters per line); 45–90 is the readable range typographers quote. */
export const LINE_WIDTH = { min: 45, max: 90 } as const;
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans', 'atkinson'];
export const READER_ALIGNS: readonly ReaderAlign[] = ['start', 'justify'];
/** Line height in percent of the font size (170 = 1.7). Whole percents keep stored values exact. */
export const LINE_HEIGHT = { min: 120, max: 220 } as const;
/** Space after a paragraph in percent of the font size (115 = 1.15em). */
export const PARAGRAPH_SPACING = { min: 0, max: 250 } as const;
/** Read-aloud speed in percent of the voice's normal rate (0.75× to 2×). */
export const SPEECH_RATE = { min: 75, max: 200 } as const;

/** The current schema version; bump it and add a migration for every shape change (of the settings or of
 * their storage layout: version 3 stores each reader field under its own key, see settings-layout.ts). */
export const SETTINGS_VERSION = 3;

export const defaults = {
  version: SETTINGS_VERSION,
  /** What automatic sites do unless the site says otherwise. */
  autoDefault: 'hide-related' as AutoMode,
  /** Automatic sites, keyed by host name (`www.example.com`, no port: host permissions ignore ports). */
  autoSites: {} as Record<string, SiteOptions>,
  /** The in-page reader's look. */
  reader: {
    theme: 'system' as ReaderTheme,
    fontSize: 19,
    lineWidth: 68,
    fontFamily: 'serif' as ReaderFont,
    lineHeight: 170,
    paragraphSpacing: 115,
    align: 'start' as ReaderAlign,
    speechRate: 100,
  },
};

export type Settings = typeof defaults;
export type ReaderLook = Settings['reader'];

/** The fields of `after` that differ from `before`: what a view that was handed a whole look writes. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const change: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) if (before[key] !== after[key]) change[key] = after[key];
  return change;
}

/** A host name as the browser reports it in `URL.hostname`: lower case, punycode, or an IPv4 address.
 * Anything else (`__proto__`, a URL, a pattern with `*`) is not a site key. */
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether `value` can be a key of `autoSites`. */
export function isHost(value: unknown): value is string {
  return typeof value === 'string' && HOST.test(value);
}

/** The host an automatic site is keyed by, or null for pages that can't be automatic (file:, chrome:…). */
export function siteOf(url: string | undefined): string | null {
  const hostname = httpUrl(url)?.hostname;
  return hostname && isHost(hostname) ? hostname : null;
}

/** The match patterns (and permission origins) of one site: http and https, any port, any path. */
export function originsOf(host: string): string[] {
  return [`http://${host}/*`, `https://${host}/*`];
}

/** The mode that applies on a site: its own, or the default when it inherits. */
export function effectiveMode(settings: Pick<Settings, 'autoDefault'>, site: SiteOptions): AutoMode {
  return site.mode === 'inherit' ? settings.autoDefault : site.mode;
}

/**
 * One repaired (or upgraded) value, as data: the options page says it in the user's language
 * (`repair_<kind>` in _locales, with the field's label), so nothing English is built here.
 */
export interface Repair {
  kind: 'clamped' | 'not-number' | 'unknown' | 'not-object' | 'not-setting' | 'not-host' | 'unreadable-site' | 'upgraded' | 'unreadable-version';
  /** The setting's path (`reader.fontSize`), or the site's host for the site kinds. */
  field: string;
  /** The value found, where it helps (a clamped number, the version upgraded from). */
  from?: string;
  /** What it became. */
  to?: string;
}

/** What a validation changed, one note per repaired value (shown after an import). */
export interface Validated {
  settings: Settings;
  repairs: Repair[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

function intIn(value: unknown, range: { min: number; max: number }, fallback: number, name: string, repairs: Repair[]): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const clamped = Math.min(range.max, Math.max(range.min, Math.round(value)));
    if (clamped !== value) repairs.push({ kind: 'clamped', field: name, from: String(value), to: String(clamped) });
    return clamped;
  }
  repairs.push({ kind: 'not-number', field: name, to: String(fallback) });
  return fallback;
}

/** Validate one site's options; null when nothing usable is left. A bare mode string (an older or
 * hand-edited shape) is accepted as that mode. */
export function validateSite(value: unknown): SiteOptions | null {
  if (oneOf(SITE_MODES, value)) return { mode: value };
  if (isRecord(value) && oneOf(SITE_MODES, value.mode)) return { mode: value.mode };
  return null;
}

function validateSites(value: unknown, repairs: Repair[]): Record<string, SiteOptions> {
  const sites: Record<string, SiteOptions> = {};
  if (value === undefined) return sites;
  if (!isRecord(value)) {
    repairs.push({ kind: 'not-object', field: 'autoSites' });
    return sites;
  }
  for (const [host, options] of Object.entries(value)) {
    const site = validateSite(options);
    if (!isHost(host)) repairs.push({ kind: 'not-host', field: String(host).slice(0, 80) });
    else if (!site) repairs.push({ kind: 'unreadable-site', field: host });
    else sites[host] = site;
  }
  return sites;
}

function validateReader(value: unknown, repairs: Repair[]): ReaderLook {
  const base = defaults.reader;
  if (value === undefined) return { ...base };
  if (!isRecord(value)) {
    repairs.push({ kind: 'not-object', field: 'reader' });
    return { ...base };
  }
  const choice = <T extends string>(name: 'theme' | 'fontFamily' | 'align', list: readonly T[], fallback: T): T => {
    if (oneOf(list, value[name])) return value[name] as T;
    if (value[name] !== undefined) repairs.push({ kind: 'unknown', field: `reader.${name}`, to: fallback });
    return fallback;
  };
  return {
    theme: choice('theme', READER_THEMES, base.theme),
    fontSize: intIn(value.fontSize, FONT_SIZE, base.fontSize, 'reader.fontSize', repairs),
    lineWidth: intIn(value.lineWidth, LINE_WIDTH, base.lineWidth, 'reader.lineWidth', repairs),
    fontFamily: choice('fontFamily', READER_FONTS, base.fontFamily),
    lineHeight: intIn(value.lineHeight, LINE_HEIGHT, base.lineHeight, 'reader.lineHeight', repairs),
    paragraphSpacing: intIn(value.paragraphSpacing, PARAGRAPH_SPACING, base.paragraphSpacing, 'reader.paragraphSpacing', repairs),
    align: choice('align', READER_ALIGNS, base.align),
    speechRate: intIn(value.speechRate, SPEECH_RATE, base.speechRate, 'reader.speechRate', repairs),
  };
}

/**
 * Check every value against the schema and repair what is broken, keeping what is valid:
 * `{...defaults, ...valid stored}`, field by field. Unknown keys are dropped (and noted). Never throws.
 * Expects an already migrated object (see `migrate`).
 */
export function validateSettings(raw: unknown): Validated {
  const repairs: Repair[] = [];
  const input = isRecord(raw) ? raw : {};
  if (!isRecord(raw) && raw !== undefined && raw !== null) repairs.push({ kind: 'not-object', field: 'settings' });
  let autoDefault = defaults.autoDefault;
  if (oneOf(AUTO_MODES, input.autoDefault)) autoDefault = input.autoDefault;
  else if (input.autoDefault !== undefined) repairs.push({ kind: 'unknown', field: 'autoDefault', to: defaults.autoDefault });
  for (const key of Object.keys(input)) if (!Object.hasOwn(defaults, key)) repairs.push({ kind: 'not-setting', field: key.slice(0, 80) });
  const settings: Settings = {
    version: SETTINGS_VERSION,
    autoDefault,
    autoSites: validateSites(input.autoSites, repairs),
    reader: validateReader(input.reader, repairs),
  };
  return { settings, repairs };
}
