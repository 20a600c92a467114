/**
 * One store in three slices: the configuration (what the URL carries), the runs (what each
 * worker last reported, as plain numbers), and the UI (view preferences). Actions live beside
 * their state. Per-frame pictures never enter it: they go through the FrameHub.
 */
import { create } from 'zustand';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import type { Lang } from '../i18n/lang';
import type { UrlIssue } from '../url';
import type { StepUnit } from '../worker/protocol';

export type RunStatus = 'idle' | 'running' | 'paused' | 'diverged' | 'error';

export interface RunView {
  status: RunStatus;
  epoch: number;
  updates: number;
  batchInEpoch: number;
  batchesPerEpoch: number;
  trainLoss: number | null;
  testLoss: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  epochsPerSecond: number;
  divergence: { epoch: number; what: 'loss' | 'weights' } | null;
  error: string | null;
  gradientCheck: { maxRelativeError: number; parameterCount: number } | null;
  numClasses: number;
  /** RMS weight gradient per layer at the last update. */
  gradNorms: number[];
  /** The loss stays above the untrained network's: the worker's hint that the learning rate is too large. */
  lossRising: boolean;
  /** The training loss before the first update of this run, for "nothing moves" and similar notes. */
  initialTrainLoss: number | null;
  /** Weights that are exactly 0 (L1 drives them there). */
  zeroWeights: number;
}

export const initialRunView = (): RunView => ({
  status: 'idle',
  epoch: 0,
  updates: 0,
  batchInEpoch: 0,
  batchesPerEpoch: 1,
  trainLoss: null,
  testLoss: null,
  trainAccuracy: null,
  testAccuracy: null,
  epochsPerSecond: 0,
  divergence: null,
  error: null,
  gradientCheck: null,
  numClasses: 2,
  gradNorms: [],
  lossRising: false,
  initialTrainLoss: null,
  zeroWeights: 0,
});

export interface ConfigSlice {
  config: PlaygroundConfig;
  urlIssues: UrlIssue[];
  /** Applies a partial change; the sync layer decides whether the worker rebuilds or updates live. */
  updateConfig(patch: Partial<PlaygroundConfig>): void;
  replaceConfig(config: PlaygroundConfig, issues: UrlIssue[]): void;
  dismissUrlIssues(): void;
}

export interface RunsSlice {
  runs: Record<string, RunView>;
  patchRun(runId: string, patch: Partial<RunView>): void;
}

/** The side drawer: the less-used settings, or the views inside the network. */
export type DrawerTab = 'settings' | 'inside';

export interface UiSlice {
  lang: Lang;
  drawer: DrawerTab | null;
  setDrawer(tab: DrawerTab | null): void;
  /** The layer (1-based) of the neuron under the pointer or focus, or null: views of that layer pick it out. */
  focusLayer: number | null;
  setFocusLayer(layer: number | null): void;
  logScale: boolean;
  stepUnit: StepUnit;
  linkCopied: boolean;
  setLang(lang: Lang): void;
  setLogScale(on: boolean): void;
  setStepUnit(unit: StepUnit): void;
  setLinkCopied(on: boolean): void;
}

export type StoreState = ConfigSlice & RunsSlice & UiSlice;

export const MAIN_RUN = 'main';

export const useStore = create<StoreState>()((set) => ({
  config: defaultConfig(),
  urlIssues: [],
  updateConfig: (patch) => set((s) => ({ config: { ...s.config, ...patch } })),
  replaceConfig: (config, issues) => set({ config, urlIssues: issues }),
  dismissUrlIssues: () => set({ urlIssues: [] }),

  runs: { [MAIN_RUN]: initialRunView() },
  patchRun: (runId, patch) => set((s) => ({ runs: { ...s.runs, [runId]: { ...(s.runs[runId] ?? initialRunView()), ...patch } } })),

  lang: 'en',
  drawer: null,
  setDrawer: (drawer) => set({ drawer }),
  focusLayer: null,
  setFocusLayer: (focusLayer) => set({ focusLayer }),
  logScale: false,
  stepUnit: 'epoch',
  linkCopied: false,
  setLang: (lang) => set({ lang }),
  setLogScale: (logScale) => set({ logScale }),
  setStepUnit: (stepUnit) => set({ stepUnit }),
  setLinkCopied: (linkCopied) => set({ linkCopied }),
}));

// Selectors at module scope, so components share them and never rebuild them per render.
export const selectConfig = (s: StoreState) => s.config;
export const selectLang = (s: StoreState) => s.lang;
export const selectMainRun = (s: StoreState) => s.runs[MAIN_RUN];
export const selectUrlIssues = (s: StoreState) => s.urlIssues;
