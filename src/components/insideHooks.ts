/** The views inside the network read the run through a mirror of it, refreshed on the hub's detail frames while they are open. */
import { useEffect, useMemo, useState } from 'react';
import { NetworkMirror } from '../store/networkMirror';
import { useStore } from '../store/store';
import { useRun } from './runContext';

export interface MirrorState {
  mirror: NetworkMirror;
  /** The mirror holds this frame's network and points. */
  ready: boolean;
  /** Bumped at each refresh: what the view computes from the mirror depends on it. */
  version: number;
}

export function useMirror(): MirrorState {
  const run = useRun();
  const mirror = useMemo(() => new NetworkMirror(), []);
  const [state, setState] = useState({ ready: false, version: 0 });
  useEffect(() => {
    const refresh = () => {
      const { config, runs } = useStore.getState();
      const ready = mirror.refresh(config, runs[run.runId]?.numClasses ?? 2, run.hub.latestFrame, run.hub.latestData);
      setState((s) => ({ ready, version: s.version + 1 }));
    };
    return run.hub.subscribe({
      frame: (_frame, detail) => {
        if (detail) refresh();
      },
      data: () => {
        if (run.hub.latestFrame) refresh();
      },
    });
  }, [run, mirror]);
  return { mirror, ...state };
}
