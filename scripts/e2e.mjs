// Runs the browser tests: finds (or installs) a Chromium, passes its path to
// playwright.config.ts in CHROMIUM_PATH, then runs `npx playwright test` with any extra
// arguments, e.g. `npm run test:e2e -- e2e/url.spec.ts --headed`. It builds the app first when dist/
// is missing or older than the sources. The exit code is Playwright's.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shell = process.platform === 'win32';

const chromium = await findChromium();
process.stderr.write(`Browser tests with ${chromium}\n`);

/** What the build is made from: a change to any of them makes dist/ stale. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The latest modification time under `path` (a file or a folder), or 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

// The tests run against the built app; `npm test` builds first, a bare `npm run test:e2e` may
// not have, or may find a dist/ older than the sources it should test.
const built = join(root, 'dist', 'index.html');
const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (stale) {
  process.stderr.write(existsSync(built) ? 'dist/ is older than the sources: building the app first.\n' : 'No dist/ yet: building the app first.\n');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', shell });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell,
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
// Ctrl-C reaches Playwright through the terminal's process group; wait for it to clean up.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
