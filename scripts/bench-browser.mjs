// Browser benchmark: builds the app, serves dist/ on 127.0.0.1, opens headless Chromium and,
// for three configurations, measures 10 s of training after a short warm-up:
//   epochsPerSecond  epochs trained per second (the [data-testid=epoch] counter)
//   fps              requestAnimationFrame callbacks per second on the page
//   mainThreadBusy   share of wall time the page's main thread was busy (0..1; CDP TaskDuration)
//   longTasks        long tasks (> 50 ms) while training, and longestTaskMs; the target is about
//                    training ("while training … no long task"), so the ones while the page
//                    loads are counted apart, as loadLongTasks and loadLongestTaskMs
//   firstBoundaryMs  navigation start to performance.mark('first-boundary'): the median over
//                    --loads fresh page loads (one load swings by ±100 ms on a shared machine),
//                    the first of them the one that trains; firstBoundaryLoads lists them all
//
//   node scripts/bench-browser.mjs [--json] [--no-build] [--seconds 10] [--warmup 1] [--loads 5]
//                                  [--only a,c] [--dist DIR | --url http://host:port/]
//
// It reports and does not judge: a missed target still exits 0. It exits 1 when the page
// fails to load or never trains.
import http from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, launchOptions } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CONFIGS = {
  a: {
    label: 'circle 4,2 tanh',
    hash: '#dataset=circle&networkShape=4,2&activation=tanh&batchSize=10&learningRate=0.03',
    minEpochsPerSecond: 6000,
  },
  b: {
    label: 'spiral 8×6 relu, 7 inputs',
    hash:
      '#dataset=spiral&networkShape=8,8,8,8,8,8&activation=relu&batchSize=10' +
      '&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true',
    minEpochsPerSecond: 1100,
  },
  c: {
    label: 'spiral 16×8 relu',
    hash: '#dataset=spiral&networkShape=16,16,16,16,16,16,16,16&activation=relu&batchSize=10',
    minEpochsPerSecond: 250,
  },
};

export const TARGETS = { fps: 58, mainThreadBusy: 0.25, longTasks: 0, firstBoundaryMs: 326 };

const SEL = {
  play: '[data-testid=play-pause]',
  epoch: '[data-testid=epoch]',
  status: '[data-testid=run-status]',
};

// ---------------------------------------------------------------- a tiny static server

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on http://127.0.0.1:<free port>/. Resolves to `{ url, close }`. */
export function serveStatic(dir, { host = '127.0.0.1', port = 0 } = {}) {
  const base = resolve(dir);
  const server = http.createServer((req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(400, 'Bad request');
    }
    let file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'Forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, 'Not found');
    res.writeHead(200, {
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      resolvePromise({
        url: `http://${host}:${bound}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

// ---------------------------------------------------------------- measuring one config

class BenchError extends Error {
  /** `pageBroken`: the page itself failed (did not load, no controls), so other configs would too. */
  constructor(message, { pageBroken = false } = {}) {
    super(message);
    this.pageBroken = pageBroken;
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Runs in the page before any of its scripts: collects long tasks from the start. */
function observeLongTasks() {
  const bench = { longTasks: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.unsupported = true;
  }
}

function startFrameCounter() {
  window.__benchFrames = 0;
  const tick = () => {
    window.__benchFrames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function sample(selectors) {
  const text = document.querySelector(selectors.epoch)?.textContent ?? '';
  const digits = text.replace(/\D/g, '');
  return {
    epoch: digits === '' ? null : Number(digits),
    state: document.querySelector(selectors.status)?.getAttribute('data-state') ?? null,
    frames: window.__benchFrames ?? 0,
    now: performance.now(),
  };
}

function firstBoundary() {
  const mark = performance.getEntriesByName('first-boundary')[0];
  return mark ? mark.startTime : null;
}

/** How long a fresh load is left alone before its first-boundary mark is read. */
const LOAD_QUIET_MS = 1500;

/**
 * The page's first-boundary mark. The page is left alone while it loads: Playwright's first
 * evaluate injects its own script into the page (over 10 ms of the main thread), which would
 * otherwise land in the middle of what is being timed. Then the mark is read, or waited for.
 */
async function readFirstBoundary(page) {
  await new Promise((resolve) => setTimeout(resolve, LOAD_QUIET_MS));
  return page
    .waitForFunction(firstBoundary, null, { timeout: 10_000, polling: 20 })
    .then((handle) => handle.jsonValue())
    .catch(() => null);
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { taskDuration: byName.TaskDuration, timestamp: byName.Timestamp };
}

async function measure(browser, baseUrl, key, config, { seconds, warmup, warn }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => warn(`${key}: page error: ${error.message}`));
    await page.addInitScript(observeLongTasks);

    const response = await page.goto(baseUrl + config.hash, { waitUntil: 'commit', timeout: 30_000 }).catch((e) => {
      throw new BenchError(`${key}: the page did not load: ${e.message.split('\n')[0]}`, { pageBroken: true });
    });
    if (response && !response.ok()) {
      throw new BenchError(`${key}: the page answered HTTP ${response.status()}`, { pageBroken: true });
    }
    // The first boundary should be drawn on load, before anyone presses play.
    let firstBoundaryMs = await readFirstBoundary(page);
    await page.locator(SEL.play).waitFor({ state: 'visible', timeout: 20_000 }).catch(() => {
      throw new BenchError(`${key}: no ${SEL.play} button appeared within 20 s`, { pageBroken: true });
    });

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const before = await page.evaluate(sample, SEL);
    // The button toggles: press it only if the page has not started training by itself.
    if (before.state !== 'running') await page.locator(SEL.play).click();
    await page
      .waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'running', SEL.status, {
        timeout: 10_000,
      })
      .catch(async () => {
        const now = await page.evaluate(sample, SEL);
        throw new BenchError(`${key}: training did not start (run-status data-state=${now.state ?? 'missing'})`);
      });
    await sleep(warmup * 1000);

    await page.evaluate(startFrameCounter);
    const m0 = await metrics(cdp);
    const s0 = await page.evaluate(sample, SEL);
    await sleep(seconds * 1000);
    const s1 = await page.evaluate(sample, SEL);
    const m1 = await metrics(cdp);
    const allLongTasks = await page.evaluate(() => window.__bench?.longTasks ?? []);
    // A task that began before the window but ran into it counts: it blocked frames while training.
    const longTasks = allLongTasks.filter(([start, duration]) => start + duration > s0.now && start < s1.now).map(([, d]) => d);
    const loadLongTasks = allLongTasks.filter(([start]) => start < before.now).map(([, d]) => d);

    if (s1.epoch === null) throw new BenchError(`${key}: no epoch number in ${SEL.epoch}`);
    if (!(s1.epoch > (before.epoch ?? 0))) {
      throw new BenchError(`${key}: never trained (epoch ${s1.epoch}, run-status ${s1.state ?? 'missing'})`);
    }
    if (s1.state !== 'running') warn(`${key}: run-status is "${s1.state}" at the end; epochs/s is not a fair figure`);

    if (firstBoundaryMs === null) {
      firstBoundaryMs = await page.evaluate(firstBoundary);
      if (firstBoundaryMs === null) warn(`${key}: performance.mark('first-boundary') never came`);
      else warn(`${key}: the first boundary was only drawn after pressing play`);
    }

    const dt = (s1.now - s0.now) / 1000;
    return {
      epochsPerSecond: round((s1.epoch - s0.epoch) / dt, 1),
      fps: round((s1.frames - s0.frames) / dt, 1),
      mainThreadBusy: round((m1.taskDuration - m0.taskDuration) / (m1.timestamp - m0.timestamp), 3),
      longTasks: longTasks.length,
      longestTaskMs: round(longTasks.length ? Math.max(...longTasks) : 0, 1),
      loadLongTasks: loadLongTasks.length,
      loadLongestTaskMs: round(loadLongTasks.length ? Math.max(...loadLongTasks) : 0, 1),
      firstBoundaryMs: firstBoundaryMs === null ? null : round(firstBoundaryMs, 1),
    };
  } finally {
    await context.close();
  }
}

const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Time to the first boundary in `count` more fresh page loads (each in a new context, so nothing is warm). */
async function moreFirstBoundaries(browser, baseUrl, config, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl + config.hash, { waitUntil: 'commit', timeout: 30_000 });
      const ms = await readFirstBoundary(page);
      if (ms !== null) times.push(round(ms, 1));
    } finally {
      await context.close();
    }
  }
  return times;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : round((s[s.length / 2 - 1] + s[s.length / 2]) / 2, 1);
};

// ---------------------------------------------------------------- report

function verdicts(key, r) {
  return {
    epochsPerSecond: r.epochsPerSecond >= CONFIGS[key].minEpochsPerSecond,
    fps: r.fps >= TARGETS.fps,
    mainThreadBusy: r.mainThreadBusy <= TARGETS.mainThreadBusy,
    longTasks: r.longTasks <= TARGETS.longTasks,
    firstBoundaryMs: r.firstBoundaryMs !== null && r.firstBoundaryMs <= TARGETS.firstBoundaryMs,
  };
}

export function formatTable(results, { seconds, browserVersion } = {}) {
  const mark = (ok) => (ok ? '✓' : '✗');
  const n = (value) => Math.round(value).toLocaleString('en-US');
  const header = [
    'config',
    'epochs/s (target)',
    `fps ≥${TARGETS.fps}`,
    `main thread ≤${TARGETS.mainThreadBusy * 100}%`,
    'long tasks training: 0 (longest)',
    `first boundary ≤${TARGETS.firstBoundaryMs} ms (median)`,
    'long tasks loading (longest)',
  ];
  const rows = Object.entries(results).map(([key, r]) => {
    const label = `${key} ${CONFIGS[key].label}`;
    if (!r || 'error' in r) return [label, `FAILED: ${r?.error ?? 'not measured'}`];
    const ok = verdicts(key, r);
    return [
      label,
      `${n(r.epochsPerSecond)} (≥${n(CONFIGS[key].minEpochsPerSecond)}) ${mark(ok.epochsPerSecond)}`,
      `${r.fps.toFixed(1)} ${mark(ok.fps)}`,
      `${(r.mainThreadBusy * 100).toFixed(1)}% ${mark(ok.mainThreadBusy)}`,
      `${r.longTasks} (${r.longestTaskMs} ms) ${mark(ok.longTasks)}`,
      `${r.firstBoundaryMs === null ? 'never' : `${n(r.firstBoundaryMs)} ms`} ${mark(ok.firstBoundaryMs)}`,
      `${r.loadLongTasks} (${r.loadLongestTaskMs} ms)`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((r) => i === 0 || r.length === header.length).map((r) => r[i].length)));
  const line = (cells) =>
    cells.length < header.length
      ? [cells[0].padEnd(widths[0]), ...cells.slice(1)].join('  ')
      : cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const title = `Browser benchmark: ${seconds ?? 10} s of training per config` + (browserVersion ? `, Chromium ${browserVersion} headless` : '');
  return [title, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- main

function parseArgs(argv) {
  const opts = { json: false, build: true, seconds: 10, warmup: 1, loads: 5, only: Object.keys(CONFIGS), dist: null, url: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new BenchError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') opts.json = true;
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--seconds') opts.seconds = Number(value());
    else if (arg === '--warmup') opts.warmup = Number(value());
    else if (arg === '--loads') opts.loads = Math.max(1, Math.floor(Number(value())));
    else if (arg === '--only') opts.only = value().split(',');
    else if (arg === '--dist') opts.dist = value();
    else if (arg === '--url') opts.url = value();
    else throw new BenchError(`unknown argument ${arg}`);
  }
  const unknown = opts.only.filter((k) => !(k in CONFIGS));
  if (unknown.length) throw new BenchError(`unknown config ${unknown.join(',')}; choose from ${Object.keys(CONFIGS).join(',')}`);
  if (!(opts.seconds > 0) || !(opts.warmup >= 0)) throw new BenchError('--seconds must be > 0 and --warmup >= 0');
  if (opts.url && !opts.url.endsWith('/')) opts.url += '/';
  return opts;
}

export async function main(argv = process.argv.slice(2)) {
  const opts = parseArgs(argv);
  const warn = (text) => process.stderr.write(`warning: ${text}\n`);

  let server = null;
  let baseUrl = opts.url;
  if (!baseUrl) {
    const dist = opts.dist ? resolve(opts.dist) : join(root, 'dist');
    if (opts.build && !opts.dist) {
      process.stderr.write('Building the app (npx vite build)…\n');
      const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
        cwd: root,
        stdio: ['ignore', process.stderr, process.stderr],
        shell: process.platform === 'win32',
      });
      if (build.status !== 0) throw new BenchError('vite build failed');
    }
    if (!existsSync(join(dist, 'index.html'))) throw new BenchError(`no ${join(dist, 'index.html')}; build first`);
    server = await serveStatic(dist);
    baseUrl = server.url;
  }

  const [load] = loadavg();
  if (load > availableParallelism() / 2) {
    warn(`load average ${load.toFixed(1)} on ${availableParallelism()} cores: other work may lower the figures`);
  }

  const { chromium } = await import('@playwright/test');
  const executablePath = await findChromium();
  const browser = await chromium.launch(launchOptions(executablePath, { measure: true }));
  const results = {};
  let failed = false;
  try {
    // One unmeasured load first, so that config a does not pay for the browser's cold start.
    const warm = await browser.newPage();
    await warm.goto(baseUrl, { waitUntil: 'load', timeout: 30_000 }).catch(() => {});
    await warm.waitForTimeout(500);
    await warm.close();
    for (const key of opts.only) {
      process.stderr.write(`Measuring ${key} (${CONFIGS[key].label})…\n`);
      try {
        const result = await measure(browser, baseUrl, key, CONFIGS[key], { ...opts, warn });
        const loads = [result.firstBoundaryMs, ...(await moreFirstBoundaries(browser, baseUrl, CONFIGS[key], opts.loads - 1))].filter((v) => v !== null);
        results[key] = { ...result, firstBoundaryMs: median(loads), firstBoundaryLoads: loads };
      } catch (error) {
        if (!(error instanceof BenchError)) throw error;
        failed = true;
        process.stderr.write(`error: ${error.message}\n`);
        results[key] = { error: error.message };
        if (error.pageBroken) break;
      }
    }
    if (opts.json) process.stdout.write(`${JSON.stringify(results)}\n`);
    else process.stdout.write(`${formatTable(results, { seconds: opts.seconds, browserVersion: browser.version() })}\n`);
  } finally {
    await browser.close();
    await server?.close();
  }
  return failed ? 1 : 0;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`error: ${error instanceof BenchError ? error.message : error.stack}\n`);
      process.exit(1);
    },
  );
}
