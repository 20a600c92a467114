/**
 * What the compare view shows of each run in numbers: the single view's numbers plus the time
 * spent training, taken from a frame and written to the store for all runs in one update, so the
 * counters on screen change in the same display frame and read as the lock-step keeps them.
 */
import type { Frame } from '../worker/protocol';
import { finiteOrNull, progressOf } from './runNumbers';
import { initialRunView, useStore, type RunStatus, type RunView } from './store';

/** What the run's number table shows beyond the single view's numbers. */
export interface CompareRunView extends RunView {
  trainingSeconds: number;
}

export const emptyCompareRun = (): CompareRunView => ({ ...initialRunView(), trainingSeconds: 0 });

/**
 * A frame's numbers as the run's card shows them; `status` as the store has it now (a diverged or
 * failed run keeps it), `playing` whether the learner has the runs playing.
 */
export function numbersOf(frame: Frame, status: RunStatus, playing: boolean, trainingMs: number): Partial<CompareRunView> {
  const held = status === 'diverged' || status === 'error';
  return {
    ...progressOf(frame),
    trainLoss: finiteOrNull(frame.trainLoss),
    testLoss: finiteOrNull(frame.testLoss),
    trainingSeconds: trainingMs / 1000,
    ...(held ? {} : { status: playing ? 'running' : frame.epoch > 0 || frame.updates > 0 ? 'paused' : 'idle' }),
  };
}

export const runStatus = (runId: string): RunStatus => useStore.getState().runs[runId]?.status ?? 'idle';

/** Several runs' numbers in one store update, so the page renders once for all of them. */
export function patchRuns(patches: readonly (readonly [string, Partial<CompareRunView>])[]): void {
  if (patches.length === 0) return;
  useStore.setState((s) => {
    const runs = { ...s.runs };
    for (const [runId, p] of patches) runs[runId] = { ...(runs[runId] ?? initialRunView()), ...p };
    return { runs };
  });
}
