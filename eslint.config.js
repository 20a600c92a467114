import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers of ../shared/ARCHITECTURE.md (the README's "Layout of the code"): for each folder of
 * src, the folders (or single modules) it may import from. Anything else of ours is an error.
 * `app` wires everything together and may import anything. Unit tests may reach across layers to
 * hold one side to the other (the page's neuron probe against the worker's run), so the rule
 * applies to the code, not to `*.test.*`.
 */
const LAYERS = {
  config: { may: [], why: 'config is below everything: pure, it imports nothing of ours' },
  engine: { may: ['config'], why: 'the engine is pure maths: it knows no data, worker, store, chart or component' },
  data: { may: ['config', 'engine'], why: 'the data layer knows no worker, store, chart or component' },
  url: { may: ['config'], why: 'the URL codec is pure: config ⇄ hash, nothing else' },
  i18n: { may: ['config'], why: 'the dictionaries are pure text' },
  lessons: { may: ['config', 'url'], why: 'lessons are data and pure rules (steps, words, goals): links in, nothing drawn' },
  worker: { may: ['config', 'engine', 'data', 'url'], why: 'the worker trains: it knows no page (store, bridge, charts, components)' },
  bridge: { may: ['worker/protocol', 'url'], why: 'the bridge speaks the protocol and nothing else of the worker' },
  store: {
    may: ['config', 'engine', 'data', 'bridge', 'url', 'i18n', 'worker/protocol'],
    why: 'the store reaches the worker through the bridge and the protocol only, and draws nothing',
  },
  charts: {
    may: ['config', 'engine/paramLayout'],
    why: 'charts are props in, pixels out: they never read the store or the wire types (worker/protocol); they get their own types',
  },
  export: {
    may: ['config', 'engine', 'data', 'worker/run', 'i18n'],
    why: 'code export writes scripts from a run built as the worker builds it; it draws nothing and knows no page',
  },
  components: {
    may: ['config', 'store', 'charts', 'url', 'i18n', 'lessons', 'worker/protocol', 'export'],
    why: 'components reach the engine and the data through the store (store/registries.ts), and the worker through the store',
  },
};

/** Libraries that mean a DOM or a UI: none of them in code that runs in Node tests and in the worker. */
const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3-*'];
const PURE = ['config', 'engine', 'data', 'url', 'i18n', 'lessons', 'worker', 'bridge', 'export'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The folders whose code the page loads (the worker has a bundle of its own). */
const PAGE = ['bridge', 'store', 'charts', 'export', 'components', 'lessons', 'app'];

function layerRules(folder, { may, why }) {
  const allowed = may.map(escape).join('|');
  // Any import of a sibling folder of src ("../x", "../x/y") that is not on the list.
  const regex = allowed ? `^\\.\\./(?!(?:${allowed})(?:/|$))` : '^\\.\\./';
  const patterns = [{ regex, message: `src/${folder} may import only ${may.length ? may.join(', ') : 'its own modules'}: ${why}.` }];
  if (PURE.includes(folder)) patterns.push({ group: UI_LIBRARIES, message: `src/${folder} runs in Node tests and in the worker: no React, D3 or Zustand.` });
  if (PAGE.includes(folder)) {
    patterns.push({
      regex: '^\\.\\./(engine|data|url)(/index)?$',
      message: `src/${folder} runs in the page: import engine, data and url modules by path, not through their index, which would pull every module it names (the trainer, the custom-data split) into the chunk that imports it, the first load among them.`,
    });
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', '*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine, the data and the URL codec run in Node tests and in the worker: no DOM, no Math.random.
    files: ['src/engine/**/*.ts', 'src/data/**/*.ts', 'src/url/**/*.ts', 'src/config/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass an rng made from the seed.' }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    // Sizes a reader can hold in mind (issue 16): split along the code's seams past these. The
    // data tables (dictionaries, lessons) are long lists, not logic; the dense kernels keep their
    // hand tiling whole, beside the plain loops they must equal (engine/denseReference.ts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/engine/dense.ts', 'src/engine/denseGradients.ts'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  ...Object.entries(LAYERS).map(([folder, layer]) => layerRules(folder, layer)),
  {
    files: ['scripts/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
