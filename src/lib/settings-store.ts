/**
 * The one storage module: every read and write of settings goes through here.
 *
 * Layout, and why:
 * - storage.sync holds the small settings, one key per top-level field (`version`, `autoDefault`,
 *   `reader`): about 100 bytes in all, far under sync's 100 KB / 8 KB per item / 512 items. One key per
 *   field means two pages changing different fields at once can't overwrite each other.
 * - storage.local holds the automatic sites, one key per site (`site:<host>` → `{mode}`). A site is only
 *   automatic where its host permission was granted and its content script registered, and both belong to
 *   this browser profile: synced to another device the list would be wrong there (and the reconcile that
 *   drops sites without permission would sync the deletion back). One key per site means two popups
 *   toggling at once never touch the same key, so nothing is lost without any lock. 2,000 sites with
 *   40-character hosts measure 126 KB, 1.2% of local's 10 MB (test/unit/settings-quota.test.ts prints
 *   the figures); in sync, 2,000 keys would break the 512-item limit, and one item of them (125 KB) both
 *   the 8 KB item limit and the 100 KB total.
 */
import { browser } from './browser';
import { migrate } from './settings-migrate';
import { AUTO_MODES, defaults, effectiveMode, isHost, validateSettings, validateSite, type AutoMode, type Settings, type SiteOptions, type Validated } from './settings';

/** Prefix of the per-site keys in storage.local. */
export const SITE_PREFIX = 'site:';
/** The storage.sync keys, one per top-level setting except the sites. */
const SYNC_KEYS = ['version', 'autoDefault', 'reader'] as const;

type Looks = Pick<Settings, 'autoDefault' | 'reader'>;

/** Read the stored sites; broken entries are left for `loadSettings` to repair. */
function sitesIn(local: Record<string, unknown>): Record<string, unknown> {
  const sites: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(local)) if (key.startsWith(SITE_PREFIX)) sites[key.slice(SITE_PREFIX.length)] = value;
  return sites;
}

/**
 * Read all settings: migrate, validate, merge over the defaults. Whatever was repaired is written back
 * (so a broken value is fixed once, not on every read) and reported in `repairs`. Never throws on bad
 * data; throws only if storage itself fails.
 */
export async function loadSettings(): Promise<Validated> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
  const { raw, notes } = migrate({ ...sync });
  const legacySites = raw.autoSites && typeof raw.autoSites === 'object' ? raw.autoSites : {};
  const stored = sitesIn(local);
  const { settings, repairs } = validateSettings({ ...raw, autoSites: { ...legacySites, ...stored } });
  const strayLocal = Object.keys(stored).filter((host) => !Object.hasOwn(settings.autoSites, host)).map((h) => SITE_PREFIX + h);
  const straySync = Object.keys(sync).filter((k) => !(SYNC_KEYS as readonly string[]).includes(k));
  if (notes.length || repairs.length || strayLocal.length || straySync.length) {
    const movedSites = Object.keys(legacySites).filter((h) => Object.hasOwn(settings.autoSites, h) && !Object.hasOwn(stored, h));
    await Promise.all([
      browser.storage.sync.set({ version: settings.version, autoDefault: settings.autoDefault, reader: settings.reader }),
      straySync.length ? browser.storage.sync.remove(straySync) : undefined,
      strayLocal.length ? browser.storage.local.remove(strayLocal) : undefined,
      movedSites.length ? browser.storage.local.set(Object.fromEntries(movedSites.map((h) => [SITE_PREFIX + h, settings.autoSites[h]]))) : undefined,
    ]);
  }
  return { settings, repairs: [...notes, ...repairs] };
}

/**
 * The small settings alone, validated but not written back: for readers that run often or in pages
 * (the in-page reader opens on every automatic article), where reading every stored site and repairing
 * storage would be work in the wrong place. `loadSettings` stays the one that repairs.
 */
export async function loadLooks(): Promise<Looks> {
  const { raw } = migrate({ ...(await browser.storage.sync.get([...SYNC_KEYS])) });
  const { settings } = validateSettings({ ...raw, autoSites: {} });
  return { autoDefault: settings.autoDefault, reader: settings.reader };
}

/** The automatic sites alone (validated; broken entries skipped, not repaired). */
export async function loadSites(): Promise<Record<string, SiteOptions>> {
  const sites: Record<string, SiteOptions> = {};
  for (const [host, value] of Object.entries(sitesIn(await browser.storage.local.get(null)))) {
    const site = validateSite(value);
    if (isHost(host) && site) sites[host] = site;
  }
  return sites;
}

/** One site's options, or null when it is not automatic. */
export async function loadSite(host: string): Promise<SiteOptions | null> {
  const key = SITE_PREFIX + host;
  return validateSite((await browser.storage.local.get(key))[key]);
}

/**
 * What an automatic page should do: the site's mode, or the default when it inherits; null when the
 * site is not automatic. Reads two keys, not every site: it runs on each automatic page load.
 */
export async function loadSiteMode(host: string): Promise<AutoMode | null> {
  const [site, stored] = await Promise.all([loadSite(host), browser.storage.sync.get('autoDefault')]);
  if (!site) return null;
  return effectiveMode({ autoDefault: AUTO_MODES.includes(stored.autoDefault as AutoMode) ? (stored.autoDefault as AutoMode) : defaults.autoDefault }, site);
}

/** Store one site's options (its own key: concurrent toggles of other sites are untouched). */
export async function saveSite(host: string, options: SiteOptions): Promise<void> {
  const site = validateSite(options);
  if (!isHost(host) || !site) throw new Error(`not a valid site: ${String(host).slice(0, 80)}`);
  await browser.storage.local.set({ [SITE_PREFIX + host]: site });
}

/** Forget a site. */
export async function forgetSite(host: string): Promise<void> {
  await browser.storage.local.remove(SITE_PREFIX + host);
}

/**
 * Change the small settings. The patch is validated as part of the whole; only the keys it names are
 * written. Returns the repairs (an out-of-range font size is clamped, not refused).
 */
export async function saveLooks(patch: Partial<Looks>): Promise<string[]> {
  const { settings, repairs } = validateSettings({ ...defaults, ...patch, autoSites: {} });
  const write: Partial<Looks> = {};
  if (patch.autoDefault !== undefined) write.autoDefault = settings.autoDefault;
  if (patch.reader !== undefined) write.reader = settings.reader;
  await browser.storage.sync.set({ ...write, version: settings.version });
  return repairs;
}

/** Call `listener` whenever any setting changes (another page, the background, another device). */
export function onSettingsChanged(listener: () => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, unknown>, area: string): void => {
    const ours = Object.keys(changes).some((k) => (area === 'sync' ? (SYNC_KEYS as readonly string[]).includes(k) : k.startsWith(SITE_PREFIX)));
    if (ours) listener();
  };
  browser.storage.onChanged.addListener(handle);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}
