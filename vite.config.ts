/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const ROOT_ELEMENT = '<div id="root"></div>';
const CHARSET = '<meta charset="UTF-8" />';

type BuildTime = typeof import('./src/app/shell');
let buildTime: Promise<BuildTime> | null = null;
/** src/app/shell.tsx, through Vite's module runner (it is TSX, and imports the app). */
function loadBuildTime(): Promise<BuildTime> {
  const entry = fileURLToPath(new URL('./src/app/shell.tsx', import.meta.url));
  buildTime ??= runnerImport<BuildTime>(entry, { configFile: false, logLevel: 'error' }).then((r) => r.module);
  return buildTime;
}

/**
 * The page's Content-Security-Policy: its own scripts, styles, worker and pictures only, plus
 * the inline scripts the build wrote (by their hashes). The build puts it into index.html as a
 * meta tag; a host that sets headers sends the same policy with frame-ancestors, which a meta
 * tag cannot carry (README, "Security headers").
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Writes into index.html what comes before the page's modules (see src/app/main.tsx):
 * - in the head, a script that starts the training worker (src/bridge/earlyWorker.ts);
 * - the page shell (src/app/shell.tsx), rendered in each language, as templates the entry
 *   module puts on screen before React has loaded;
 * - before both, the Content-Security-Policy, with the hash of that script.
 */
function beforeTheModules(): Plugin {
  return {
    name: 'before-the-modules',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`before-the-modules: index.html has no ${ROOT_ELEMENT}`);
        const workerFile = Object.keys(ctx.bundle ?? {}).find((file) => /(^|\/)training\.worker-[^/]*\.js$/.test(file));
        if (!workerFile) throw new Error('before-the-modules: the training worker is not in the bundle');
        const { renderShell, earlyWorkerScript, SHELL_LANGS } = await loadBuildTime();
        const templates = SHELL_LANGS.map((lang) => `<template id="shell-${lang}">${renderShell(lang)}</template>`);
        // Right after the charset (which must come first), and before the stylesheet: an inline
        // script after a stylesheet waits for it to load.
        if (!html.includes(CHARSET)) throw new Error(`before-the-modules: index.html has no ${CHARSET}`);
        const headScript = earlyWorkerScript(`./${workerFile}`);
        const policy = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([headScript])}" />`;
        const head = [CHARSET, policy, `<script>${headScript}</script>`].join('\n    ');
        const page = html.replace(CHARSET, head).replace(ROOT_ELEMENT, [ROOT_ELEMENT, ...templates].join('\n    '));
        // The policy refuses inline style attributes: the shell must carry none.
        if (/<[^>]+\sstyle="/.test(page)) throw new Error('before-the-modules: the page has an inline style attribute, which its Content-Security-Policy refuses');
        return page;
      },
    },
  };
}

/**
 * Offline after the first visit (a classroom without a network): a service worker precaches the
 * whole build, lessons and KaTeX included. A new version waits until the learner accepts it
 * (registerType 'prompt', src/app/offline.ts), so an open page never changes under them. The
 * registration is ours, loaded after the page (no inline script, which the CSP would refuse).
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
  manifest: {
    name: 'Neural network playground',
    short_name: 'NN Playground',
    description: 'Train a small neural network in your browser and watch what each idea does.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f2f3f5',
    theme_color: '#183d5d',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
    // Links carry everything in the hash, so every navigation is the one page.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), beforeTheModules(), offline],
  // Relative asset paths so the built page also works from a sub-folder or a file share.
  base: './',
  worker: { format: 'es' },
  build: {
    rollupOptions: {
      output: {
        // The modules the first screen and the on-demand chunks (lessons, drawer) share would
        // otherwise be split into many small chunks, each gzipped apart: one chunk for them all.
        advancedChunks: {
          // What only on-demand views use stays with them: the store's compare*, networkMirror,
          // modelFile and ownData, url/validate (model files) and url's index (lessons, presets),
          // and the dictionaries (i18n/en.ts and ja.ts: a page loads the reader's one; the features'
          // names both spread in ride with the page rather than in a chunk of their own).
          groups: [{ name: 'page', test: /[\\/]src[\\/](store[\\/](?!compare|networkMirror|modelFile|ownData\.)|config|url[\\/](?!validate|index)|bridge|i18n[\\/](index|lang|fill|featureNames)\.ts|components[\\/](useT|runContext|controls|PanelBoundary|NumberInput|UrlNotice)\.tsx?)/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // translate() reads dictionaries that the page loads on demand; the tests have both at hand.
    setupFiles: ['src/i18n/testDictionaries.ts'],
    // A guard against a hang, not a speed target: property tests and lesson training take a few
    // seconds, more on a busy two-core machine (bench measures speed).
    testTimeout: 30_000,
  },
});
