// What the browser benchmark measures in one page, for our playground and for a reference page
// (a TF Playground build) alike, so that both are read with the same ruler in the same run.
//
// A page is described by a profile: how to press play, where its epoch counter is, how it shows
// that it is training, and whether it places a 'first-boundary' performance mark of its own.

/** The pages the benchmark knows how to drive. */
export const PAGES = {
  ours: {
    name: 'ours',
    play: '[data-testid=play-pause]',
    epoch: '[data-testid=epoch]',
    running: '[data-testid=run-status][data-state=running]',
    state: '[data-testid=run-status]',
    ownMark: 'first-boundary',
  },
  // TF Playground's own index.html: its iteration counter counts epochs (one pass over the
  // training data per step), and its play button carries the class "playing" while it trains.
  tf: {
    name: 'TF Playground',
    play: '#play-pause-button',
    epoch: '#iter-number',
    running: '#play-pause-button.playing',
    state: null,
    ownMark: null,
  },
};

export class BenchError extends Error {
  /** `pageBroken`: the page itself failed (did not load, no controls), so other configs would too. */
  constructor(message, { pageBroken = false } = {}) {
    super(message);
    this.pageBroken = pageBroken;
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
export const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Runs in the page before any of its scripts. Collects long tasks from the start, and times the
 * first decision boundary with a ruler that needs nothing from the page: both playgrounds draw
 * the boundary as one ImageData of at least 100 × 100 cells (their neuron pictures are smaller; the compare view's small multiples, 50 × 50, say so in their profile),
 * so the first such putImageData is the first boundary, on either page.
 */
function instrumentPage(minSide = 100) {
  const bench = { longTasks: [], boundaryDrawnAt: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.unsupported = true;
  }
  const proto = CanvasRenderingContext2D.prototype;
  const putImageData = proto.putImageData;
  proto.putImageData = function (image, ...rest) {
    const result = putImageData.call(this, image, ...rest);
    if (bench.boundaryDrawnAt === null && image.width >= minSide && image.height >= minSide) {
      bench.boundaryDrawnAt = performance.now();
    }
    return result;
  };
}

function startFrameCounter() {
  window.__benchFrames = 0;
  const tick = () => {
    window.__benchFrames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function sample(profile) {
  const text = document.querySelector(profile.epoch)?.textContent ?? '';
  const digits = text.replace(/\D/g, '');
  const running = document.querySelector(profile.running) !== null;
  return {
    epoch: digits === '' ? null : Number(digits),
    running,
    state: profile.state ? (document.querySelector(profile.state)?.getAttribute('data-state') ?? 'missing') : running ? 'playing' : 'paused',
    frames: window.__benchFrames ?? 0,
    now: performance.now(),
  };
}

/** Both readings of the first boundary: the shared ruler's, and the page's own mark (ours only). */
function readBoundary(ownMark) {
  const drawn = window.__bench?.boundaryDrawnAt ?? null;
  const mark = ownMark ? (performance.getEntriesByName(ownMark)[0]?.startTime ?? null) : null;
  const ready = drawn !== null && (!ownMark || mark !== null);
  return ready ? { drawn, mark } : null;
}

/** How long a fresh load is left alone before its first-boundary readings are taken. */
const LOAD_QUIET_MS = 1500;

/**
 * The first boundary of a fresh load. The page is left alone while it loads: Playwright's first
 * evaluate injects its own script into the page (over 10 ms of the main thread), which would
 * otherwise land in the middle of what is being timed. Then the readings are taken, or waited for.
 */
async function readFirstBoundary(page, profile) {
  await sleep(LOAD_QUIET_MS);
  const reading = await page
    .waitForFunction(readBoundary, profile.ownMark, { timeout: 10_000, polling: 20 })
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  return {
    drawnMs: reading ? round(reading.drawn, 1) : null,
    markMs: reading?.mark == null ? null : round(reading.mark, 1),
  };
}

const VIEWPORT = { width: 1280, height: 800 };

async function openPage(browser, url, profile, key) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(instrumentPage, profile.boundarySide ?? 100);
  const response = await page.goto(url, { waitUntil: 'commit', timeout: 30_000 }).catch(async (e) => {
    await context.close();
    throw new BenchError(`${key} (${profile.name}): the page did not load: ${e.message.split('\n')[0]}`, { pageBroken: true });
  });
  if (response && !response.ok()) {
    await context.close();
    throw new BenchError(`${key} (${profile.name}): the page answered HTTP ${response.status()}`, { pageBroken: true });
  }
  return { context, page };
}

/** The first boundary of one more fresh page load (a new context, so nothing is warm). */
export async function firstBoundaryOfFreshLoad(browser, url, profile, key) {
  const { context, page } = await openPage(browser, url, profile, key);
  try {
    return await readFirstBoundary(page, profile);
  } finally {
    await context.close();
  }
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { taskDuration: byName.TaskDuration, timestamp: byName.Timestamp };
}

/**
 * Loads `url` fresh, reads its first boundary, presses play and measures `seconds` of training
 * after `warmup` seconds: epochs per second, frames per second, main-thread busy share and long
 * tasks (while training, and while loading apart). Returns `{ figures, boundary }`: the
 * training figures, and this load's first-boundary readings.
 */
export async function measureTraining(browser, url, profile, key, { seconds, warmup, warn }) {
  const { context, page } = await openPage(browser, url, profile, key);
  const who = `${key} (${profile.name})`;
  try {
    page.on('pageerror', (error) => warn(`${who}: page error: ${error.message}`));
    // The first boundary should be drawn on load, before anyone presses play.
    const boundary = await readFirstBoundary(page, profile);
    await page.locator(profile.play).waitFor({ state: 'visible', timeout: 20_000 }).catch(() => {
      throw new BenchError(`${who}: no ${profile.play} button appeared within 20 s`, { pageBroken: true });
    });

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const before = await page.evaluate(sample, profile);
    // The button toggles: press it only if the page has not started training by itself.
    if (!before.running) await page.locator(profile.play).click();
    await page.waitForFunction((selector) => document.querySelector(selector) !== null, profile.running, { timeout: 10_000 }).catch(async () => {
      const now = await page.evaluate(sample, profile);
      throw new BenchError(`${who}: training did not start (state ${now.state})`);
    });
    await sleep(warmup * 1000);

    await page.evaluate(startFrameCounter);
    const m0 = await metrics(cdp);
    const s0 = await page.evaluate(sample, profile);
    await sleep(seconds * 1000);
    const s1 = await page.evaluate(sample, profile);
    const m1 = await metrics(cdp);
    const allLongTasks = await page.evaluate(() => window.__bench?.longTasks ?? []);
    // A task that began before the window but ran into it counts: it blocked frames while training.
    const longTasks = allLongTasks.filter(([start, duration]) => start + duration > s0.now && start < s1.now).map(([, d]) => d);
    const loadLongTasks = allLongTasks.filter(([start]) => start < before.now).map(([, d]) => d);

    if (s1.epoch === null) throw new BenchError(`${who}: no epoch number in ${profile.epoch}`);
    if (!(s1.epoch > (before.epoch ?? 0))) throw new BenchError(`${who}: never trained (epoch ${s1.epoch}, state ${s1.state})`);
    if (!s1.running) warn(`${who}: state is "${s1.state}" at the end; epochs/s is not a fair figure`);
    if (boundary.drawnMs === null) warn(`${who}: no decision boundary was drawn within ${LOAD_QUIET_MS / 1000 + 10} s of loading`);

    const dt = (s1.now - s0.now) / 1000;
    const figures = {
      epochsPerSecond: round((s1.epoch - s0.epoch) / dt, 1),
      fps: round((s1.frames - s0.frames) / dt, 1),
      mainThreadBusy: round((m1.taskDuration - m0.taskDuration) / (m1.timestamp - m0.timestamp), 3),
      longTasks: longTasks.length,
      longestTaskMs: round(longTasks.length ? Math.max(...longTasks) : 0, 1),
      loadLongTasks: loadLongTasks.length,
      loadLongestTaskMs: round(loadLongTasks.length ? Math.max(...loadLongTasks) : 0, 1),
    };
    return { figures, boundary };
  } finally {
    await context.close();
  }
}
