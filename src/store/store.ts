/**
 * One store in three slices: the configuration (what the URL carries), the runs (what each
 * worker last reported, as plain numbers), and the UI (view preferences). Actions live beside
 * their state. Per-frame pictures never enter it: they go through the FrameHub. Components
 * select inline at the call (`useStore((s) => s.config.noise)`, with useShallow for objects).
 */
import { create } from 'zustand';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import type { Lang } from '../config/config';
import { hasDictionary, loadDictionary, loadedLangs } from '../i18n';
import type { UrlIssue } from '../url/parse';
import type { Divergence, GradientCheckResult, RunProgress, StepUnit } from '../worker/protocol';

export type RunStatus = 'idle' | 'running' | 'paused' | 'diverged' | 'error';

/** What the page shows of a run: the last frame's numbers (RunProgress) and what the page makes of them. */
export interface RunView extends RunProgress {
  status: RunStatus;
  /** null where the frame's loss was not finite: never shown as a number. */
  trainLoss: number | null;
  testLoss: number | null;
  divergence: Divergence | null;
  error: string | null;
  gradientCheck: GradientCheckResult | null;
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
  /** Issues past the ones listed (the decoder lists at most MAX_ISSUES). */
  urlIssuesLeftOut: number;
  /** Applies a partial change; the sync layer decides whether the worker rebuilds or updates live. */
  updateConfig(patch: Partial<PlaygroundConfig>): void;
  replaceConfig(config: PlaygroundConfig, issues: UrlIssue[], issuesLeftOut?: number): void;
  dismissUrlIssues(): void;
}

export interface RunsSlice {
  runs: Record<string, RunView>;
  patchRun(runId: string, patch: Partial<RunView>): void;
}

/** The side drawer: the lesson's step, the less-used settings, or the views inside the network. */
export type DrawerTab = 'lesson' | 'settings' | 'inside';

/** What the open lesson asks of the page while its step is on screen (set by the lesson panel). */
export interface LessonUi {
  /** The step asks a question that is not answered yet: the run waits (predict, then see). */
  playLocked: boolean;
  /** Classroom mode shows only the step's controls: every other hideable control is hidden. */
  classroomHidden: readonly string[];
  /** The chosen answer of each step's question, by `lesson.step`. */
  answers: Readonly<Record<string, number>>;
}

export interface UiSlice {
  lang: Lang;
  /** The languages whose dictionaries have arrived: the words on screen are in `lang` once it is one of them. */
  dictionaries: readonly Lang[];
  lessonUi: LessonUi;
  patchLessonUi(patch: Partial<LessonUi>): void;
  lessonIndexOpen: boolean;
  setLessonIndexOpen(open: boolean): void;
  /** A new version of the app is installed and waiting: calling this swaps it in and reloads. */
  updateReady: (() => void) | null;
  setUpdateReady(apply: (() => void) | null): void;
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
  /** The comparison a run of it was opened from, so the single view can go back to it; null = none. */
  compareReturn: PlaygroundConfig | null;
  setCompareReturn(config: PlaygroundConfig | null): void;
}

export type StoreState = ConfigSlice & RunsSlice & UiSlice;

export const MAIN_RUN = 'main';

export const useStore = create<StoreState>()((set) => ({
  config: defaultConfig(),
  urlIssues: [],
  urlIssuesLeftOut: 0,
  updateConfig: (patch) => set((s) => ({ config: { ...s.config, ...patch } })),
  replaceConfig: (config, issues, issuesLeftOut = 0) => set({ config, urlIssues: issues, urlIssuesLeftOut: issuesLeftOut }),
  dismissUrlIssues: () => set({ urlIssues: [], urlIssuesLeftOut: 0 }),

  runs: { [MAIN_RUN]: initialRunView() },
  patchRun: (runId, patch) => set((s) => ({ runs: { ...s.runs, [runId]: { ...(s.runs[runId] ?? initialRunView()), ...patch } } })),

  lang: 'en',
  dictionaries: [],
  lessonUi: { playLocked: false, classroomHidden: [], answers: {} },
  patchLessonUi: (patch) => set((s) => ({ lessonUi: { ...s.lessonUi, ...patch } })),
  lessonIndexOpen: false,
  setLessonIndexOpen: (lessonIndexOpen) => set({ lessonIndexOpen }),
  updateReady: null,
  setUpdateReady: (updateReady) => set({ updateReady }),
  drawer: null,
  setDrawer: (drawer) => set({ drawer }),
  focusLayer: null,
  setFocusLayer: (focusLayer) => set({ focusLayer }),
  logScale: false,
  stepUnit: 'epoch',
  linkCopied: false,
  setLang: (lang) => {
    set({ lang, dictionaries: loadedLangs() });
    // The entry module and the language switch load the dictionary first; a link or a model file
    // that changes the language may not have: the words follow when it arrives.
    if (!hasDictionary(lang)) void loadDictionary(lang).then(() => set({ dictionaries: loadedLangs() }), () => undefined);
  },
  setLogScale: (logScale) => set({ logScale }),
  setStepUnit: (stepUnit) => set({ stepUnit }),
  setLinkCopied: (linkCopied) => set({ linkCopied }),
  compareReturn: null,
  setCompareReturn: (compareReturn) => set({ compareReturn }),
}));
