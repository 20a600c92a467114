/**
 * Notices a worker that stopped without a word (terminated, closed, or stuck in a loop): while
 * a run should be training, the worker answers every frame request within a slice (12 ms), at
 * any pace. A request left unanswered for STALL_MS while the page was watching means it is gone.
 *
 * It never fires on a paused run (a paused worker rightly keeps a request open), nor for time
 * the page did not see: a hidden tab, or timers the browser held back (a throttled background
 * tab, a laptop asleep), restart the wait instead of counting towards it.
 */

/** How long a running worker may leave a frame request unanswered. */
export const STALL_MS = 5000;
/** How often the wait is checked. */
export const CHECK_MS = 1000;

export interface WatchdogHost {
  now(): number;
  /** Calls `check` every `ms`; returns the stop. */
  every(ms: number, check: () => void): () => void;
  /** The page is not on screen (document.hidden). */
  hidden(): boolean;
}

export interface Watchdog {
  /** A frame was asked for. */
  asked(): void;
  /** The worker said something: it is alive. */
  heard(): void;
  /** Whether the run should be training now (only then is silence a fault). */
  setActive(active: boolean): void;
  dispose(): void;
}

export const browserWatchdogHost: WatchdogHost = {
  now: () => performance.now(),
  every: (ms, check) => {
    const timer = setInterval(check, ms);
    return () => clearInterval(timer);
  },
  hidden: () => typeof document !== 'undefined' && document.hidden,
};

export function createWatchdog(host: WatchdogHost, onStall: () => void): Watchdog {
  let active = false;
  /** When the oldest unanswered request was made (or the wait last restarted); null: none open. */
  let waitingSince: number | null = null;
  let lastCheck = host.now();

  const check = () => {
    const now = host.now();
    const unseen = host.hidden() || now - lastCheck > 2 * CHECK_MS;
    lastCheck = now;
    if (!active || waitingSince === null) return;
    if (unseen) waitingSince = now;
    else if (now - waitingSince >= STALL_MS) {
      waitingSince = null;
      onStall();
    }
  };
  const stop = host.every(CHECK_MS, check);

  return {
    asked() {
      waitingSince ??= host.now();
    },
    heard() {
      waitingSince = null;
    },
    setActive(next) {
      // Silence before the run was meant to train does not count.
      if (next && !active && waitingSince !== null) waitingSince = host.now();
      active = next;
    },
    dispose: stop,
  };
}
