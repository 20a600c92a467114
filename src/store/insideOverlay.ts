/**
 * What the views inside the network draw on the main panels while they are open: the linear
 * collapse's boundary line on the output plot, the dead and saturated marks on the diagram.
 * One per run; a view sets its part when it opens and clears it when it closes.
 */
import type { Segment } from '../engine/linearCollapse';

/** Per hidden layer, each neuron: 0 nothing, 1 dead, 2 saturated. */
export type NeuronMarks = readonly (readonly number[])[];

export interface InsideOverlay {
  boundary: Segment | null;
  marks: NeuronMarks | null;
}

export class OverlayChannel {
  value: InsideOverlay = { boundary: null, marks: null };
  #listeners = new Set<(value: InsideOverlay) => void>();

  set(patch: Partial<InsideOverlay>): void {
    this.value = { ...this.value, ...patch };
    this.#listeners.forEach((l) => l(this.value));
  }

  /** Calls `listener` now and on every change; returns the unsubscribe. */
  subscribe(listener: (value: InsideOverlay) => void): () => void {
    this.#listeners.add(listener);
    listener(this.value);
    return () => this.#listeners.delete(listener);
  }
}

const channels = new Map<string, OverlayChannel>();

export function overlayFor(runId: string): OverlayChannel {
  let c = channels.get(runId);
  if (!c) {
    c = new OverlayChannel();
    channels.set(runId, c);
  }
  return c;
}
