import { createContext, useContext } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RunController } from '../store/runSync';
import { initialRunView, useStore, type RunView } from '../store/store';

export const RunContext = createContext<RunController | null>(null);

export function useRun(): RunController {
  const run = useContext(RunContext);
  if (!run) throw new Error('useRun needs a RunContext provider');
  return run;
}

const EMPTY_RUN = initialRunView();

/**
 * Reads from the view of the run in context (the main run, or one run of a comparison), with
 * a shallow comparison so an object of picked fields re-renders only when one of them changes.
 */
export function useRunView<T>(selector: (run: RunView) => T): T {
  const { runId } = useRun();
  return useStore(useShallow((s) => selector(s.runs[runId] ?? EMPTY_RUN)));
}
