import { createContext, useContext } from 'react';
import type { RunController } from '../store/runSync';

export const RunContext = createContext<RunController | null>(null);

export function useRun(): RunController {
  const run = useContext(RunContext);
  if (!run) throw new Error('useRun needs a RunContext provider');
  return run;
}
