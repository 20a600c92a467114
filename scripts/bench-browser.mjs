// Browser benchmark: builds the app, serves dist/ on 127.0.0.1, opens headless Chromium and,
// for three configurations, measures 10 s of training after a short warm-up:
//   epochsPerSecond  epochs trained per second (the [data-testid=epoch] counter)
//   fps              requestAnimationFrame callbacks per second on the page
//   mainThreadBusy   share of wall time the page's main thread was busy (0..1; CDP TaskDuration)
//   longTasks        long tasks (> 50 ms) while training, and longestTaskMs; the target is about
//                    training ("while training … no long task"), so the ones while the page
//                    loads are counted apart, as loadLongTasks and loadLongestTaskMs
//   firstBoundaryMs  navigation start to performance.mark('first-boundary'), placed in the
//                    display frame that paints the boundary: the median over --loads fresh
//                    page loads (one load swings by ±100 ms on a shared machine), the first of
//                    them the one that trains; firstBoundaryLoads lists them all
//   boundaryDrawnMs  navigation start to the first putImageData of an image of at least
//                    100 × 100: a ruler that needs nothing from the page, so it reads a
//                    reference page the same way (median; boundaryDrawnLoads lists them)
//
// With --reference DIR|URL (a build of TF Playground, whose URL keys our configs use), the same
// is measured on that page in the same run, its loads alternating with ours so that both meet
// the same machine; each config's result then carries `reference`, and a second table sets the
// two side by side. The reference is not part of this repository: build it yourself.
//
//   node scripts/bench-browser.mjs [--json] [--no-build] [--seconds 10] [--warmup 1] [--loads 5]
//                                  [--only a,c] [--dist DIR | --url http://host:port/]
//                                  [--reference DIR|URL]
//
// It reports and does not judge: a missed target still exits 0. It exits 1 when the page
// fails to load or never trains.
import { availableParallelism, loadavg } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, launchOptions } from './find-chromium.mjs';
import { serveStatic } from './bench-serve.mjs';
import { BenchError, PAGES, firstBoundaryOfFreshLoad, measureTraining, round } from './bench-page.mjs';


const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Training is measured at full speed (`speed=max`): the page's default pace is 60 epochs a
// second, to be watched. TF Playground ignores the key and always trains at its one pace.
export const CONFIGS = {
  a: {
    label: 'circle 4,2 tanh',
    hash: '#dataset=circle&networkShape=4,2&activation=tanh&batchSize=10&learningRate=0.03&speed=max',
    minEpochsPerSecond: 6000,
  },
  b: {
    label: 'spiral 8×6 relu, 7 inputs',
    hash:
      '#dataset=spiral&networkShape=8,8,8,8,8,8&activation=relu&batchSize=10' +
      '&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&speed=max',
    minEpochsPerSecond: 1100,
  },
  c: {
    label: 'spiral 16×8 relu',
    hash: '#dataset=spiral&networkShape=16,16,16,16,16,16,16,16&activation=relu&batchSize=10&speed=max',
    minEpochsPerSecond: 250,
  },
};

export const TARGETS = { fps: 58, mainThreadBusy: 0.25, longTasks: 0, firstBoundaryMs: 326 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : round((s[s.length / 2 - 1] + s[s.length / 2]) / 2, 1);
};

/** A page's training figures and the medians of its first-boundary loads. */
export function summarise(profile, figures, loads) {
  const drawn = loads.map((l) => l.drawnMs).filter((v) => v !== null);
  const result = { ...figures, boundaryDrawnMs: median(drawn), boundaryDrawnLoads: drawn };
  if (!profile.ownMark) return result;
  const marks = loads.map((l) => l.markMs).filter((v) => v !== null);
  return { ...result, firstBoundaryMs: median(marks), firstBoundaryLoads: marks };
}

/**
 * One config: training on our page (and on the reference), then more fresh loads for the first
 * boundary, ours and the reference's alternating. A reference that fails is reported as such and
 * leaves our figures standing.
 */
async function measureConfig(browser, key, { ours, reference }, opts) {
  const hash = CONFIGS[key].hash;
  const oursTraining = await measureTraining(browser, ours + hash, PAGES.ours, key, opts);
  let refTraining = null;
  let refError = null;
  if (reference) {
    try {
      refTraining = await measureTraining(browser, reference + hash, PAGES.tf, key, opts);
    } catch (error) {
      if (!(error instanceof BenchError)) throw error;
      process.stderr.write(`error: ${error.message}\n`);
      refError = error.message;
    }
  }
  const oursLoads = [oursTraining.boundary];
  const refLoads = refTraining ? [refTraining.boundary] : [];
  for (let i = 1; i < opts.loads; i++) {
    oursLoads.push(await firstBoundaryOfFreshLoad(browser, ours + hash, PAGES.ours, key));
    if (refTraining) refLoads.push(await firstBoundaryOfFreshLoad(browser, reference + hash, PAGES.tf, key));
  }
  const result = summarise(PAGES.ours, oursTraining.figures, oursLoads);
  if (refTraining) result.reference = summarise(PAGES.tf, refTraining.figures, refLoads);
  else if (refError) result.reference = { error: refError };
  return result;
}

// ---------------------------------------------------------------- report

function verdicts(key, r) {
  return {
    epochsPerSecond: r.epochsPerSecond >= CONFIGS[key].minEpochsPerSecond,
    fps: r.fps >= TARGETS.fps,
    mainThreadBusy: r.mainThreadBusy <= TARGETS.mainThreadBusy,
    longTasks: r.longTasks <= TARGETS.longTasks,
    firstBoundaryMs: r.firstBoundaryMs != null && r.firstBoundaryMs <= TARGETS.firstBoundaryMs,
  };
}

const mark = (ok) => (ok ? '✓' : '✗');
const n = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => (value == null ? 'never' : `${n(value)} ms`);

function layout(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((r) => i === 0 || r.length === header.length).map((r) => r[i].length)));
  const line = (cells) =>
    cells.length < header.length
      ? [cells[0].padEnd(widths[0]), ...cells.slice(1)].join('  ')
      : cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [title, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatTable(results, { seconds, browserVersion } = {}) {
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
      `${ms(r.firstBoundaryMs)} ${mark(ok.firstBoundaryMs)}`,
      `${r.loadLongTasks} (${r.loadLongestTaskMs} ms)`,
    ];
  });
  const title = `Browser benchmark: ${seconds ?? 10} s of training per config` + (browserVersion ? `, Chromium ${browserVersion} headless` : '');
  return layout(title, header, rows);
}

/** Ours beside the reference, config by config: "ours / theirs", and how many times better. */
export function formatComparison(results) {
  const header = ['config', 'epochs/s ours / TF', 'fps ours / TF', 'main thread ours / TF', 'long tasks training ours / TF', 'boundary drawn ours / TF (median)', 'TF loads (ms)'];
  const rows = Object.entries(results)
    .filter(([, r]) => r && !('error' in r) && r.reference && !('error' in r.reference))
    .map(([key, r]) => {
      const t = r.reference;
      const times = t.epochsPerSecond > 0 ? ` (${(r.epochsPerSecond / t.epochsPerSecond).toFixed(0)}×)` : '';
      const faster = r.boundaryDrawnMs != null && t.boundaryDrawnMs != null ? ` ${mark(r.boundaryDrawnMs <= t.boundaryDrawnMs)}` : '';
      return [
        `${key} ${CONFIGS[key].label}`,
        `${n(r.epochsPerSecond)} / ${n(t.epochsPerSecond)}${times}`,
        `${r.fps.toFixed(1)} / ${t.fps.toFixed(1)}`,
        `${(r.mainThreadBusy * 100).toFixed(1)}% / ${(t.mainThreadBusy * 100).toFixed(1)}%`,
        `${r.longTasks} / ${t.longTasks}`,
        `${ms(r.boundaryDrawnMs)} / ${ms(t.boundaryDrawnMs)}${faster}`,
        t.boundaryDrawnLoads.join(', '),
      ];
    });
  if (rows.length === 0) return '';
  return layout('Beside TF Playground, same run (boundary drawn: first putImageData of ≥ 100 × 100, on both pages)', header, rows);
}

// ---------------------------------------------------------------- main

function parseArgs(argv) {
  const opts = { json: false, build: true, seconds: 10, warmup: 1, loads: 5, only: Object.keys(CONFIGS), dist: null, url: null, reference: null };
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
    else if (arg === '--reference') opts.reference = value();
    else throw new BenchError(`unknown argument ${arg}`);
  }
  const unknown = opts.only.filter((k) => !(k in CONFIGS));
  if (unknown.length) throw new BenchError(`unknown config ${unknown.join(',')}; choose from ${Object.keys(CONFIGS).join(',')}`);
  if (!(opts.seconds > 0) || !(opts.warmup >= 0)) throw new BenchError('--seconds must be > 0 and --warmup >= 0');
  if (opts.url && !opts.url.endsWith('/')) opts.url += '/';
  return opts;
}

/** A site to load: a URL as it is, or a folder with an index.html, served for the run. */
async function siteAt(where, what) {
  if (/^https?:\/\//.test(where)) return { url: where.endsWith('/') ? where : `${where}/`, close: async () => {} };
  const dir = resolve(where);
  if (!existsSync(join(dir, 'index.html')) || !statSync(dir).isDirectory()) throw new BenchError(`${what}: no index.html in ${dir}`);
  return serveStatic(dir);
}

export async function main(argv = process.argv.slice(2)) {
  const opts = parseArgs(argv);
  const warn = (text) => process.stderr.write(`warning: ${text}\n`);

  if (!opts.url && opts.build && !opts.dist) {
    process.stderr.write('Building the app (npx vite build)…\n');
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', process.stderr, process.stderr],
      shell: process.platform === 'win32',
    });
    if (build.status !== 0) throw new BenchError('vite build failed');
  }
  const sites = [];
  const ours = await siteAt(opts.url ?? opts.dist ?? join(root, 'dist'), 'the app (build first)');
  sites.push(ours);
  const reference = opts.reference ? await siteAt(opts.reference, '--reference') : null;
  if (reference) sites.push(reference);

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
    // One unmeasured load of each page first, so that config a does not pay for the browser's cold start.
    for (const site of sites) {
      const warm = await browser.newPage();
      await warm.goto(site.url, { waitUntil: 'load', timeout: 30_000 }).catch(() => {});
      await warm.waitForTimeout(500);
      await warm.close();
    }
    for (const key of opts.only) {
      process.stderr.write(`Measuring ${key} (${CONFIGS[key].label})${reference ? ', beside TF Playground' : ''}…\n`);
      try {
        results[key] = await measureConfig(browser, key, { ours: ours.url, reference: reference?.url ?? null }, { ...opts, warn });
      } catch (error) {
        if (!(error instanceof BenchError)) throw error;
        failed = true;
        process.stderr.write(`error: ${error.message}\n`);
        results[key] = { error: error.message };
        if (error.pageBroken) break;
      }
    }
    if (opts.json) process.stdout.write(`${JSON.stringify(results)}\n`);
    else {
      process.stdout.write(`${formatTable(results, { seconds: opts.seconds, browserVersion: browser.version() })}\n`);
      const comparison = formatComparison(results);
      if (comparison) process.stdout.write(`\n${comparison}\n`);
    }
  } finally {
    await browser.close();
    for (const site of sites) await site.close();
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
