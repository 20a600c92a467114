// Runs the browser tests: finds (or installs) a Chromium, passes its path to
// playwright.config.ts in CHROMIUM_PATH, then runs `npx playwright test` with any extra
// arguments, e.g. `npm run test:e2e -- e2e/smoke.spec.ts --headed`. The exit code is Playwright's.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shell = process.platform === 'win32';

const chromium = await findChromium();
process.stderr.write(`Browser tests with ${chromium}\n`);

// The tests run against the built app; `npm test` builds first, a bare `npm run test:e2e` may not have.
if (!existsSync(join(root, 'dist', 'index.html'))) {
  process.stderr.write('No dist/ yet: building the app first.\n');
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
