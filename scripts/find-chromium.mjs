// Finds a Chromium to drive with Playwright, installing one if none is found and we can.
//
// Order: $CHROMIUM_PATH (or $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), /usr/bin/chromium,
// /usr/bin/chromium-browser, /usr/bin/google-chrome, then Playwright's own download.
// When none is there: `npx playwright install chromium` (fails on a closed network), then
// `apt-get install -y chromium` when apt-get exists and we are root; failing both, say what
// to install and exit non-zero.
//
//   node scripts/find-chromium.mjs              prints the path (installs if needed)
//   node scripts/find-chromium.mjs --no-install prints the path, or exits 1 if there is none
//
// Used by scripts/e2e.mjs (sets CHROMIUM_PATH for playwright.config.ts) and the benchmark.
import { accessSync, constants, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * Flags every launch needs (the browser tests' playwright.config.ts imports them too). The
 * networking ones matter: without them Chromium keeps trying to reach Google's services, which
 * floods a closed network and slows the tests.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/** Extra flags for measuring: a hidden or headless page must not be throttled. */
export const NO_THROTTLE_ARGS = Object.freeze([
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
]);

/** Options for Playwright's `chromium.launch()`: headless, with the flags above. */
export function launchOptions(executablePath, { measure = false } = {}) {
  return {
    executablePath,
    headless: true,
    args: measure ? [...CHROMIUM_ARGS, ...NO_THROTTLE_ARGS] : [...CHROMIUM_ARGS],
  };
}

export const SYSTEM_CANDIDATES = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]);

export const INSTALL_HELP = [
  'No Chromium found. Install one:',
  '  sudo apt-get install chromium        (Debian/Ubuntu)',
  '  npx playwright install chromium      (Playwright\'s own build)',
  'or point to one you have: CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Playwright's own Chromium, if it has been downloaded (@playwright/test may be absent before `npm ci`). */
async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && isExecutableFile(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Looks without installing anything. Returns `{ path, source }` or null.
 * Throws when the environment names a browser that is not there: a typo should not be
 * silently replaced by another browser.
 */
export async function locateChromium(env = process.env) {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const value = env[name];
    if (!value) continue;
    if (isExecutableFile(value)) return { path: value, source: name };
    throw new Error(`${name}=${value} is not an executable file.`);
  }
  for (const path of SYSTEM_CANDIDATES) {
    if (isExecutableFile(path)) return { path, source: 'system' };
  }
  const own = await playwrightChromium();
  return own ? { path: own, source: 'playwright' } : null;
}

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
  process.stderr.write(`$ ${[command, ...args].join(' ')}\n`);
  // stdout goes to stderr so that our own stdout stays just the path.
  const result = spawnSync(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
    ...options,
  });
  return result.status === 0;
}

async function tryInstall() {
  process.stderr.write('No Chromium found; trying to install one.\n');
  // Playwright's download; on a closed network it fails (the timeout stops a hang).
  if (run('npx', ['--yes', 'playwright', 'install', 'chromium'], { timeout: 180_000 })) {
    const own = await playwrightChromium();
    if (own) return own;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], { env })) {
      const found = await locateChromium();
      if (found) return found.path;
    }
  }
  return null;
}

/**
 * The path of a Chromium to launch. Installs one when none is found (unless `install` is
 * false); when that fails too, prints what to install and exits the process with status 1.
 */
export async function findChromium({ install = true } = {}) {
  let found;
  try {
    found = await locateChromium();
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  if (found) return found.path;
  const installed = install ? await tryInstall() : null;
  if (installed) return installed;
  process.stderr.write(`${INSTALL_HELP}\n`);
  process.exit(1);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const path = await findChromium({ install: !process.argv.includes('--no-install') });
  process.stdout.write(`${path}\n`);
}
