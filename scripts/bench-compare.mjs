// Compare-view benchmark: configuration (b) of the browser benchmark (spiral, six hidden layers
// of 8 ReLU, all seven features, batch 10) as fast as it goes, alone in the single view and as
// four runs of the compare view (four learning rates, so four workers train), measured the same
// way (bench-page.mjs: epochs per second, frames per second, main-thread busy share, long tasks).
// Four runs in lock-step share one epoch count, so together they train four times the first
// run's epochs. With --heap-seconds N, the page's JS heap is sampled every 10 s over N s of the
// four runs training (5 minutes: --heap-seconds 300).
//
//   node scripts/bench-compare.mjs [--json] [--no-build] [--seconds 10] [--warmup 2] [--heap-seconds 0]
//
// It reports and does not judge: a missed target still exits 0; it exits 1 when a page never trains.
import { CONFIGS } from './bench-browser.mjs';
import { BenchError, PAGES, measureTraining, round } from './bench-page.mjs';
import { machine, runPageBench } from './bench-session.mjs';


/** The first run's counter stands for all of them: the lock-step keeps them within a frame. */
const COMPARE_PAGE = {
  ...PAGES.ours,
  name: 'compare view',
  epoch: '[data-testid=compare-run] [data-testid=epoch]',
  running: '[data-testid=compare-run] [data-testid=run-status][data-state=running]',
  state: '[data-testid=compare-run] [data-testid=run-status]',
  // The compare view draws its boundaries without the single view's first-boundary mark, and
  // smaller: its workers paint a 50 × 50 boundary (src/worker/snapshot.ts SMALL_GRID_SIZE).
  ownMark: null,
  boundarySide: 50,
};

export const COMPARE_RUNS = 4;
// Configuration b already trains at full speed (speed=max).
const SINGLE_HASH = CONFIGS.b.hash;
const COMPARE_HASH = `${SINGLE_HASH}&compare=learningRate:0.003,0.01,0.03,0.1`;
export const COMPARE_TARGETS = { fps: 55, mainThreadBusy: 0.35, speedup: 1.5 };

function parseArgs(argv) {
  const opts = { json: false, build: true, seconds: 10, warmup: 2, heapSeconds: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') opts.json = true;
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--seconds') opts.seconds = Number(argv[++i]);
    else if (arg === '--warmup') opts.warmup = Number(argv[++i]);
    else if (arg === '--heap-seconds') opts.heapSeconds = Number(argv[++i]);
    else throw new BenchError(`unknown argument ${arg}`);
  }
  return opts;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** JS heap of the page every 10 s while the four runs train (after a collection, so it is what is kept). */
async function heapOverTime(browser, url, seconds) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(COMPARE_PAGE.play).waitFor({ timeout: 20_000 });
    const cdp = await context.newCDPSession(page);
    await page.locator(COMPARE_PAGE.play).click();
    const samples = [];
    const started = Date.now();
    for (;;) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const epoch = await page.locator(COMPARE_PAGE.epoch).first().getAttribute('data-value');
      samples.push({ seconds: Math.round((Date.now() - started) / 1000), heapMB: round(usedSize / 2 ** 20, 2), epoch: Number(epoch) });
      if (Date.now() - started >= seconds * 1000) break;
      await sleep(10_000);
    }
    return samples;
  } finally {
    await context.close();
  }
}

function main() {
  const warnings = [];
  const warn = (message) => warnings.push(message);
  runPageBench(() => parseArgs(process.argv.slice(2)), async (browser, baseUrl, opts) => {
    const measure = { seconds: opts.seconds, warmup: opts.warmup, warn };
    const single = (await measureTraining(browser, baseUrl + SINGLE_HASH, PAGES.ours, 'b', measure)).figures;
    const compare = (await measureTraining(browser, baseUrl + COMPARE_HASH, COMPARE_PAGE, 'b×4', measure)).figures;
    const combined = round(compare.epochsPerSecond * COMPARE_RUNS, 1);
    const result = {
      machine: machine(),
      single,
      compare: { ...compare, runs: COMPARE_RUNS, epochsPerSecondPerRun: compare.epochsPerSecond, epochsPerSecond: combined },
      speedup: round(combined / single.epochsPerSecond, 2),
      targets: COMPARE_TARGETS,
      heap: opts.heapSeconds > 0 ? await heapOverTime(browser, baseUrl + COMPARE_HASH, opts.heapSeconds) : null,
      warnings,
    };
    if (opts.json) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return;
    }
    const mark = (ok) => (ok ? '✓' : '✗');
    const row = (name, r) => `${name.padEnd(22)} ${String(r.epochsPerSecond).padStart(9)} ${String(r.fps).padStart(6)} ${String(round(r.mainThreadBusy * 100, 1) + ' %').padStart(8)} ${String(r.longTasks).padStart(5)}`;
    const lines = [
      `Compare view, configuration b at full speed (${result.machine.cores} cores, load ${result.machine.load.join(' ')})`,
      `${''.padEnd(22)} ${'epochs/s'.padStart(9)} ${'fps'.padStart(6)} ${'busy'.padStart(8)} ${'long'.padStart(5)}`,
      row('single run', single),
      row(`${COMPARE_RUNS} runs (together)`, result.compare),
      `four runs together / one alone: ${result.speedup} × (≥ ${COMPARE_TARGETS.speedup}) ${mark(result.speedup >= COMPARE_TARGETS.speedup)}; ` +
        `fps ${compare.fps} (≥ ${COMPARE_TARGETS.fps}) ${mark(compare.fps >= COMPARE_TARGETS.fps)}; ` +
        `main thread ${round(compare.mainThreadBusy * 100, 1)} % (≤ ${COMPARE_TARGETS.mainThreadBusy * 100} %) ${mark(compare.mainThreadBusy <= COMPARE_TARGETS.mainThreadBusy)}`,
    ];
    if (result.heap) lines.push('heap (MB) over time: ' + result.heap.map((s) => `${s.seconds}s ${s.heapMB} (epoch ${s.epoch})`).join(', '));
    for (const w of warnings) lines.push(`warning: ${w}`);
    process.stdout.write(lines.join('\n') + '\n');
  });
}

main();
