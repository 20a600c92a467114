/**
 * The learner's own data: importing CSV (file, paste, drop), exporting it, and drawing points
 * on the output plot. Loaded on demand (the first screen carries only ownDataState.ts, the
 * interface state); the points themselves are the configuration's `customData`, so they
 * travel in the link and reach the worker like every other setting.
 */
import { HEADS_BY_PROBLEM, type PlaygroundConfig, type Problem } from '../config/config';
import { classesFor, MAX_CUSTOM_POINTS, snapCoord, snapCustomData, snapLabel, type CustomData } from '../config/customData';
import { customTestMask, joinSplit, splitForConfig } from '../data/custom';
import type { CsvMessage } from '../data/csv';
import { MAX_CSV_BYTES } from '../data/csvLimits';
import { modelFileText, parseModelFile } from './modelFile';
import type { RunController } from './runSync';
import { useOwnData } from './ownDataState';
import { useStore } from './store';

export type { CsvMessage };
export { useOwnData, type OwnDataState, type UiMessage } from './ownDataState';

/** The problem a dataset change brings also picks an output head that fits it. */
function headFor(config: PlaygroundConfig, problem: Problem): PlaygroundConfig['outputHead'] {
  const heads = HEADS_BY_PROBLEM[problem];
  return heads.includes(config.outputHead) ? config.outputHead : heads[0];
}

function applyCustomData(data: CustomData, problem: Problem): void {
  const { config, updateConfig } = useStore.getState();
  updateConfig({ customData: data, problem, outputHead: headFor(config, problem) });
}

/** The parser loads when first used: the first screen does not wait for it. */
const csvModule = () => import('../data/csv');

/** Reads CSV text; on any error nothing changes but the message. Resolves to whether it imported. */
export async function importCsvText(text: string, byteSize?: number): Promise<boolean> {
  const { parseCsv } = await csvModule();
  const result = parseCsv(text, byteSize);
  const own = useOwnData.getState();
  if (!result.ok) {
    own.set({ errors: result.errors, notes: [] });
    return false;
  }
  applyCustomData(result.data, result.problem);
  own.set({ errors: null, notes: result.notes, drawLabel: result.data.classes === 2 ? 1 : 0 });
  return true;
}

/** A file from the picker or a drop; its size is checked before a byte of it is read. */
export async function importCsvFile(file: File): Promise<boolean> {
  if (file.size > MAX_CSV_BYTES) return importCsvText('', file.size);
  let text: string;
  try {
    text = await file.text();
  } catch {
    useOwnData.getState().set({ errors: [{ key: 'csv.noRows', line: 1, params: { line: 1 } }], notes: [] });
    return false;
  }
  return importCsvText(text, file.size);
}

/** The data on screen, drawn or generated, as CSV with its train/test column. */
export async function currentDataCsv(): Promise<string> {
  const { toCsv } = await csvModule();
  const config = useStore.getState().config;
  if (config.customData) return toCsv(config.customData, customTestMask(config.customData, config.percTrainData, config.seed));
  const { train, test, numClasses } = splitForConfig(config);
  const all = joinSplit(train, test);
  return toCsv({ classes: numClasses, x: all.x, y: all.y, label: all.label }, all.isTest);
}

/** The points being drawn on: the config's own, or none yet. */
function drawnData(config: PlaygroundConfig, multiclassK: number): CustomData {
  return config.customData ?? { classes: classesFor(config.problem, multiclassK), x: [], y: [], label: [] };
}

/** Adds a point of the chosen class (or value) at a place of the plane. */
export function addPoint(x: number, y: number, multiclassK: number): void {
  const { config, updateConfig } = useStore.getState();
  const d = drawnData(config, multiclassK);
  if (d.x.length >= MAX_CUSTOM_POINTS) return;
  const label = snapLabel(useOwnData.getState().drawLabel, d.classes);
  updateConfig({ customData: { ...d, x: [...d.x, snapCoord(x)], y: [...d.y, snapCoord(y)], label: [...d.label, label] } });
}

/** Removes the point nearest (x, y) if it lies within `radius` (plane units). */
export function erasePoint(x: number, y: number, radius: number): boolean {
  const { config, updateConfig } = useStore.getState();
  const d = config.customData;
  if (!d) return false;
  let best = -1;
  let bestDist = radius * radius;
  for (let i = 0; i < d.x.length; i++) {
    const dist = (d.x[i] - x) ** 2 + (d.y[i] - y) ** 2;
    if (dist <= bestDist) {
      best = i;
      bestDist = dist;
    }
  }
  if (best < 0) return false;
  const drop = <T,>(a: T[]) => a.filter((_, i) => i !== best);
  updateConfig({ customData: { ...d, x: drop(d.x), y: drop(d.y), label: drop(d.label) } });
  return true;
}

export function clearPoints(multiclassK: number): void {
  const { config, updateConfig } = useStore.getState();
  updateConfig({ customData: { ...drawnData(config, multiclassK), x: [], y: [], label: [] } });
}

/** The current dataset's points (train and test) become drawn points, to add to or erase from. */
export function startFromDataset(): void {
  const { config, updateConfig } = useStore.getState();
  const { train, test, numClasses } = splitForConfig({ ...config, customData: null });
  const all = joinSplit(train, test);
  updateConfig({ customData: snapCustomData(numClasses, all.x, all.y, all.label) });
}

/** Back to the generated dataset of the problem. */
export function leaveCustomData(): void {
  useStore.getState().updateConfig({ customData: null });
  useOwnData.getState().set({ notes: [], drawMode: false });
}

/** The run's configuration and every weight, as a model file's text. */
export async function modelFileOf(run: RunController): Promise<string> {
  const model = await run.requestModel();
  return modelFileText(useStore.getState().config, model);
}

/** Reads a model file: on any error nothing changes but the message. Resolves to whether it loaded. */
export async function loadModelText(run: RunController, text: string): Promise<boolean> {
  const read = parseModelFile(text);
  const own = useOwnData.getState();
  if (!read.ok) {
    own.set({ errors: [read.error], notes: [] });
    return false;
  }
  const store = useStore.getState();
  store.replaceConfig(read.config, []);
  if (read.config.lang !== null) store.setLang(read.config.lang);
  run.loadModel(read.config, read.params, read.stats);
  own.set({ errors: null, notes: [{ key: 'model.loaded', params: {} }] });
  return true;
}
