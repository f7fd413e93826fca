/**
 * Automatic sites in the background: the registered content script (auto.js) of each site, kept in step
 * with the stored sites and the host permissions the user granted.
 */
import { browser, type Scripting } from '../lib/browser';
import { isHost, originsOf, siteOf, type SiteMode } from '../lib/settings';
import { PENDING_KEY } from '../lib/settings-messages';
import { forgetSite, loadSite, loadSites, saveSite } from '../lib/settings-store';

/** Registered script ids are `auto:<host>`, so ours are told apart from any other registration. */
export const SCRIPT_PREFIX = 'auto:';

/** The registration of one site. persistAcrossSessions: Chrome's default, and honoured by Firefox since
 * 105 (https://bugzilla.mozilla.org/show_bug.cgi?id=1751436); stated so a restart needs no re-register. */
export function scriptFor(host: string): Scripting.RegisteredContentScript {
  return { id: SCRIPT_PREFIX + host, matches: originsOf(host), js: ['auto.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true };
}

/** Whether the user granted this site's host permission (both http and https). */
export function hasPermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originsOf(host) });
}

async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id).filter((id) => id.startsWith(SCRIPT_PREFIX)));
}

async function register(host: string): Promise<void> {
  // Re-registering an existing id throws; updating keeps one registration per site. Two enables of the
  // same site can race (the popup's message and the permission-granted fallback below), so a failed
  // register is retried as an update once the other one has landed.
  if ((await registeredIds()).has(SCRIPT_PREFIX + host)) return void (await browser.scripting.updateContentScripts([scriptFor(host)]));
  try {
    await browser.scripting.registerContentScripts([scriptFor(host)]);
  } catch (error) {
    if (!(await registeredIds()).has(SCRIPT_PREFIX + host)) throw error;
    await browser.scripting.updateContentScripts([scriptFor(host)]);
  }
}

async function unregister(hosts: string[]): Promise<void> {
  const ids = await registeredIds();
  const gone = hosts.map((h) => SCRIPT_PREFIX + h).filter((id) => ids.has(id));
  if (gone.length) await browser.scripting.unregisterContentScripts({ ids: gone });
}

/**
 * Make a site automatic: its permission must already be granted (the popup, the options page or the
 * context menu asked for it in the user's click). Registers first and stores after, so a failed
 * registration leaves no site that never runs. Keeps the site's mode when none is given.
 */
export async function enableSite(host: string, mode?: SiteMode): Promise<void> {
  if (!isHost(host)) throw new Error('not a site');
  if (!(await hasPermission(host))) throw new Error(`no permission for ${host}`);
  await register(host);
  const current = await loadSite(host);
  await saveSite(host, { mode: mode ?? current?.mode ?? 'inherit' });
  await clearPending(host);
}

/**
 * Drop the popup's pending mark once its site is settled. permissions.onAdded never fires for origins
 * that were already granted (and a refused request never gets that far), so without this the mark
 * outlives the switch, and a later grant of the same site, after the user switched it off, would turn
 * it back on by itself.
 */
async function clearPending(host: string): Promise<void> {
  if ((await browser.storage.session.get(PENDING_KEY))[PENDING_KEY] === host) await browser.storage.session.remove(PENDING_KEY);
}

/**
 * Stop a site: unregister, forget, release its permission. `released` is false when the browser keeps
 * the permission (the test build grants 127.0.0.1 in the manifest, which can't be removed).
 */
export async function disableSite(host: string): Promise<{ released: boolean }> {
  if (!isHost(host)) throw new Error('not a site');
  await unregister([host]);
  await forgetSite(host);
  await clearPending(host);
  try {
    return { released: await browser.permissions.remove({ origins: originsOf(host) }) };
  } catch {
    return { released: false };
  }
}

/**
 * Bring registrations in line with the stored sites and the granted permissions: a site whose
 * permission was revoked (in the browser's own UI, possibly while the extension was off) is dropped; a
 * stored site without a registration gets one; a registration without a stored site is removed.
 */
export async function reconcile(): Promise<{ registered: string[]; dropped: string[] }> {
  const [sites, ids] = await Promise.all([loadSites(), registeredIds()]);
  const registered: string[] = [];
  const dropped: string[] = [];
  for (const host of Object.keys(sites)) {
    if (!(await hasPermission(host))) {
      dropped.push(host);
      await forgetSite(host);
    } else if (!ids.has(SCRIPT_PREFIX + host)) {
      await browser.scripting.registerContentScripts([scriptFor(host)]);
      registered.push(host);
    }
  }
  const orphans = [...ids].map((id) => id.slice(SCRIPT_PREFIX.length)).filter((h) => !Object.hasOwn(sites, h) || dropped.includes(h));
  if (orphans.length) await browser.scripting.unregisterContentScripts({ ids: orphans.map((h) => SCRIPT_PREFIX + h) });
  return { registered, dropped };
}

/**
 * permissions.onAdded: finish switching a site on when the page that asked can't (a popup closes when
 * the user clicks outside it, and the prompt can take that click). Only the site the switch marked as
 * pending is enabled: a grant made elsewhere is not a request to declutter.
 */
export async function onPermissionsAdded(added: { origins?: string[] }): Promise<void> {
  const pending = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY];
  if (!isHost(pending) || !(added.origins ?? []).some((o) => siteOf(o.replace('/*', '/')) === pending)) return;
  await browser.storage.session.remove(PENDING_KEY);
  if (await hasPermission(pending)) await enableSite(pending);
}

/** permissions.onRemoved: the user revoked access to some sites; those stop being automatic. */
export async function onPermissionsRemoved(removed: { origins?: string[] }): Promise<void> {
  const hosts = [...new Set((removed.origins ?? []).map((o) => siteOf(o.replace('/*', '/'))).filter((h): h is string => h !== null))];
  const sites = await loadSites();
  const affected = hosts.filter((h) => Object.hasOwn(sites, h));
  await unregister(affected);
  await Promise.all(affected.map(forgetSite));
}
