// The step-by-step backpropagation view (issue 15) answers a step within one display frame:
// for the default network and configuration (b) of the browser benchmark (spiral, six hidden
// layers of 8 ReLU, all seven features), paused, the view is walked through all its stages
// forward and back, and each step's main-thread work is timed: the click's handler and React's
// render (click to the microtask after it), plus the frame that shows it (from that frame's
// requestAnimationFrame to the task after its style, layout and paint). The wait for the display's
// next frame between the two is idle time and does not count. Within one frame: at most 16.7 ms.
//
//   node scripts/bench-inside.mjs [--json] [--no-build] [--rounds 3]
//
// It reports and does not judge: a missed target still exits 0; it exits 1 when the view never opens.
import { CONFIGS } from './bench-browser.mjs';
import { BenchError, round } from './bench-page.mjs';
import { machine, runPageBench } from './bench-session.mjs';

/** One frame of a 60 Hz display. */
export const FRAME_MS = 1000 / 60;
const NETWORKS = { default: '#seed=bench', b: `${CONFIGS.b.hash}&seed=bench` };

function parseArgs(argv) {
  const opts = { json: false, build: true, rounds: 3 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') opts.json = true;
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--rounds') opts.rounds = Number(argv[++i]);
    else throw new BenchError(`unknown argument ${arg}`);
  }
  return opts;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function stepTimes(browser, url, rounds) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-testid=open-inside]').click({ timeout: 20_000 });
    await page.locator('[data-testid=backprop-view-open]').click({ timeout: 20_000 });
    await page.locator('[data-testid=backprop-stage]').waitFor({ timeout: 20_000 });
    return await page.evaluate(async (rounds) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => {
        const start = performance.now();
        setTimeout(() => done(performance.now() - start), 0);
      }));
      const times = [];
      const walk = async (testId) => {
        const button = document.querySelector(`[data-testid=${testId}]`);
        for (;;) {
          if (button.getAttribute('aria-disabled') === 'true') return;
          const before = document.querySelector('[data-testid=backprop-stage]').textContent;
          const t0 = performance.now();
          button.click();
          await Promise.resolve();
          const render = performance.now() - t0;
          times.push(render + (await frame()));
          if (document.querySelector('[data-testid=backprop-stage]').textContent === before) throw new Error('a step did not change the stage');
        }
      };
      await frame();
      for (let r = 0; r < rounds; r++) {
        await walk('backprop-next');
        await walk('backprop-prev');
      }
      return times;
    }, rounds);
  } finally {
    await context.close();
  }
}

function main() {
  runPageBench(() => parseArgs(process.argv.slice(2)), async (browser, baseUrl, opts) => {
    const networks = {};
    for (const [name, hash] of Object.entries(NETWORKS)) {
      const times = await stepTimes(browser, baseUrl + hash, opts.rounds);
      networks[name] = { steps: times.length, medianMs: round(median(times), 1), maxMs: round(Math.max(...times), 1), withinFrame: round(times.filter((t) => t <= FRAME_MS).length / times.length, 3) };
    }
    const result = { machine: machine(), frameMs: round(FRAME_MS, 1), networks };
    if (opts.json) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return;
    }
    const lines = [`Backpropagation step by step, main-thread work per step (${result.machine.cores} cores, load ${result.machine.load.join(' ')})`];
    for (const [name, r] of Object.entries(networks)) {
      lines.push(`${name.padEnd(8)} ${r.steps} steps: median ${r.medianMs} ms, max ${r.maxMs} ms, ${round(r.withinFrame * 100, 1)} % within a frame (${result.frameMs} ms) ${r.medianMs <= FRAME_MS ? '✓' : '✗'}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  });
}

main();
