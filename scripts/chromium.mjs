/**
 * Which Chromium drives Vigie's browser tests and `npm start`, and how it is launched (team-wide flags).
 * Order: CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download; as root on Debian, apt installs one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The extension-loading flags (Playwright's own --disable-extensions must be dropped: ignoreDefaultArgs). */
export function extensionArgs(dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/** A Chromium binary found without installing anything, or undefined. */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined;
}

export const INSTALL_HINT =
  'Vigie\'s browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: ' +
  '`npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary.';

/** findChromium(), or on Debian as root `apt-get install -y chromium` first; throws with what to install. */
export async function findOrInstallChromium() {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. ${INSTALL_HINT}`);
  }
  const found = await findChromium();
  if (found) return found;
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's (apt-get install -y chromium)…");
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(INSTALL_HINT);
}
