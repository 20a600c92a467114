// What the page benchmarks that stand alone (bench-compare.mjs, bench-inside.mjs) share: build
// the app unless told not to, serve dist/, launch Chromium for measuring, hand both to the
// benchmark, close them whatever happens; a failure prints its message and exits 1.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError, round } from './bench-page.mjs';
import { serveStatic } from './bench-serve.mjs';
import { findChromium, launchOptions } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The machine as the figures were taken: cores and load average. */
export const machine = () => ({ cores: availableParallelism(), load: loadavg().map((l) => round(l, 2)) });

/**
 * Reads the options with `parse` (which must give `build`), then runs `measure(browser, baseUrl,
 * options)` against the built app; a bad option or a failure prints its message and exits 1.
 */
export function runPageBench(parse, measure) {
  const run = async () => {
    const opts = parse();
    if (opts.build) {
      const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
      if (result.status !== 0) throw new BenchError('vite build failed');
    }
    const server = await serveStatic(join(root, 'dist'));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch(launchOptions(await findChromium(), { measure: true }));
    try {
      await measure(browser, server.url, opts);
    } finally {
      await browser.close();
      server.close();
    }
  };
  run().catch((error) => {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  });
}
