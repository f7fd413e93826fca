import { existsSync } from 'node:fs';

/** Where the system browsers live; CHROME_PATH / FIREFOX_PATH override. */
export function findChromium(): string | null {
  return firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
}

export function findFirefox(): string | null {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

function firstExisting(paths: (string | undefined)[]): string | null {
  return paths.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/**
 * With no browser: under CI the e2e tests must fail (a green run that tested nothing is a lie);
 * elsewhere they are skipped, loudly, with what to install.
 */
export function requireBrowser(name: string, path: string | null, debianPackage: string): boolean {
  if (path) return true;
  const message = `${name} not found: install it (apt-get install -y ${debianPackage}) or set ${name === 'Chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'}.`;
  if (process.env.CI === 'true') throw new Error(`${message} The end-to-end tests cannot run without it.`);
  console.warn(`\n\n!!! SKIPPING ${name} end-to-end tests: ${message}\n\n`);
  return false;
}
