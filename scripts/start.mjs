// `npm start` (and `npm run dev`): Vite's dev server, stopped with `npm start` however that is
// stopped. npm runs a script through a shell, and killing npm (by its process id, or a closed
// terminal) ends the shell but not what it started: a bare `vite` would go on serving. So the
// server runs as this script's child, and this script stops it on a signal or as soon as its own
// parent is gone. Extra arguments go to Vite: `npm start -- --port 5174`.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vite = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

const stop = () => {
  if (vite.exitCode === null) vite.kill('SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
// Orphaned (npm and its shell are gone): the parent process id changes.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 500).unref();
vite.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
