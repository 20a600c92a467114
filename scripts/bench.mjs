// `npm run bench`: the engine benchmark (scripts/bench-engine.ts, under Node) and then the
// browser benchmark (scripts/bench-browser.mjs, headless Chromium), one after the other so
// that they do not share the CPU.
//
//   npm run bench                        readable tables
//   npm run bench -- --json              one JSON object: {"engine": {...}, "browser": {...}}
//   npm run bench -- --engine-only       or --browser-only
//   npm run bench -- --no-build --seconds 5 --only a,c   (other flags go to the browser benchmark)
//   npm run bench -- --no-compare        without the compare view's figures (scripts/bench-compare.mjs:
//                                        configuration b alone and as four runs side by side, after
//                                        the browser benchmark; --heap-seconds 300 adds the heap)
//   then the step-by-step backpropagation view's time per step (scripts/bench-inside.mjs) and the
//   first load's weight (scripts/bench-size.mjs)
//
// Exits 1 when a benchmark could not run (a missed target is reported, not a failure).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shell = process.platform === 'win32';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const engineOnly = argv.includes('--engine-only');
const browserOnly = argv.includes('--browser-only');
const noCompare = argv.includes('--no-compare');
const browserArgs = argv.filter((a) => !['--json', '--engine-only', '--browser-only', '--no-compare'].includes(a));
/** The compare benchmark takes only these of the browser benchmark's flags (and its own --heap-seconds N). */
const compareArgs = browserArgs.filter((a, i) => ['--no-build', '--seconds', '--heap-seconds'].includes(a) || ['--seconds', '--heap-seconds'].includes(browserArgs[i - 1]));
const browserOwnArgs = browserArgs.filter((a, i) => a !== '--heap-seconds' && browserArgs[i - 1] !== '--heap-seconds');
if (engineOnly && browserOnly) {
  process.stderr.write('--engine-only and --browser-only exclude each other\n');
  process.exit(2);
}

/** Runs a command; in JSON mode collects stdout (stderr always goes to our stderr). */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: root,
      shell,
      stdio: ['ignore', json ? 'pipe' : 'inherit', 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', (error) => done({ code: 1, stdout, error: error.message }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), stdout }));
  });
}

/** The JSON object a benchmark printed: the whole of stdout, or else its last line that parses. */
function parseJsonOutput(stdout) {
  try {
    return JSON.parse(stdout.trim());
  } catch {
    const lines = stdout.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('{'));
    for (const line of lines.reverse()) {
      try {
        return JSON.parse(line);
      } catch {
        // keep looking
      }
    }
    return null;
  }
}

async function bench(name, command, args) {
  if (!json) process.stdout.write(`\n== ${name} ==\n\n`);
  const { code, stdout, error } = await run(command, json ? [...args, '--json'] : args);
  if (!json) return { ok: code === 0 };
  const parsed = parseJsonOutput(stdout);
  if (parsed && code === 0) return { ok: true, result: parsed };
  const why = error ?? (code !== 0 ? `exited with status ${code}` : 'printed no JSON');
  process.stderr.write(`${name} benchmark failed: ${why}\n`);
  // The browser benchmark still prints what it measured when one config fails.
  return { ok: false, result: parsed ?? { error: why } };
}

const out = {};
let ok = true;

if (!browserOnly) {
  const script = 'scripts/bench-engine.ts';
  if (existsSync(join(root, script))) {
    const engine = await bench('Engine', 'npx', ['tsx', script]);
    ok &&= engine.ok;
    out.engine = engine.result;
  } else {
    process.stderr.write(`${script} is missing: no engine benchmark.\n`);
    ok = false;
    out.engine = { error: `${script} is missing` };
  }
}

if (!engineOnly) {
  const browser = await bench('Browser', process.execPath, [join('scripts', 'bench-browser.mjs'), ...browserOwnArgs]);
  ok &&= browser.ok;
  out.browser = browser.result;
  if (!noCompare) {
    // The browser benchmark has just built dist/.
    const args = compareArgs.includes('--no-build') ? compareArgs : ['--no-build', ...compareArgs];
    const compare = await bench('Compare view', process.execPath, [join('scripts', 'bench-compare.mjs'), ...args]);
    ok &&= compare.ok;
    out.compare = compare.result;
  }
  // The step-by-step backpropagation view, one frame per step (issue 15).
  const inside = await bench('Inside the network', process.execPath, [join('scripts', 'bench-inside.mjs'), '--no-build']);
  ok &&= inside.ok;
  out.inside = inside.result;
  // The first load's weight, read off the build the browser benchmark has just made.
  const size = await bench('First load', process.execPath, [join('scripts', 'bench-size.mjs')]);
  ok &&= size.ok;
  out.firstLoad = size.result;
}

if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
process.exit(ok ? 0 : 1);
