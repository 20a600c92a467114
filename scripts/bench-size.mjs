// The first load's weight: what a fresh visit fetches (index.html and the JS and CSS it pulls
// in), gzipped, beside what loads only on demand (the drawer, lessons, KaTeX, …). Reads dist/ (run `npx vite build` first; `npm run bench` does).
//
//   node scripts/bench-size.mjs [--json]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findChromium, launchOptions } from './find-chromium.mjs';
import { serveStatic } from './bench-serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const json = process.argv.includes('--json');
if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write('dist/index.html is missing: run `npx vite build` first.\n');
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

// What a first visit fetches, read off a real load in Chromium (the entry module awaits the app's
// chunk, so "static imports only" would undercount): every JS and CSS file the page requests
// within a second of going quiet, the training worker aside (it is the engine, not the page).
const { chromium } = await import('@playwright/test');
const executablePath = await findChromium({ install: false });
const browser = await chromium.launch(launchOptions(executablePath));
const server = await serveStatic(dist);
const firstLoad = new Set();
try {
  const page = await browser.newPage();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.replace(/^\//, '');
    if (/\.(js|css)$/.test(path) && !path.includes('.worker-') && path !== 'sw.js' && !path.startsWith('workbox-')) firstLoad.add(path);
  });
  await page.goto(server.url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
} finally {
  await browser.close();
  await server.close();
}

const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`).filter((f) => /\.(js|css)$/.test(f) && !f.includes('.worker-'));
const onDemand = assets.filter((f) => !firstLoad.has(f));
const sum = (files) => files.reduce((n, f) => n + gz(f), 0);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const result = {
  firstLoadGzipKB: kb(gz('index.html') + sum([...firstLoad])),
  firstLoadFiles: ['index.html', ...[...firstLoad].sort()],
  onDemandGzipKB: kb(sum(onDemand)),
  onDemand: Object.fromEntries(onDemand.sort().map((f) => [f, kb(gz(f))])),
  serviceWorker: existsSync(join(dist, 'sw.js')),
};
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  process.stdout.write(`first load (index.html + ${firstLoad.size} JS/CSS files), gzip: ${result.firstLoadGzipKB} KB\n`);
  process.stdout.write(`on demand (${onDemand.length} chunks), gzip: ${result.onDemandGzipKB} KB\n`);
  for (const [f, k] of Object.entries(result.onDemand)) process.stdout.write(`  ${f.padEnd(44)} ${k} KB\n`);
  process.stdout.write(`service worker: ${result.serviceWorker ? 'yes' : 'no'}\n`);
}
