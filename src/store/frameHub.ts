/**
 * Per-frame data goes to canvases through here, not through React state: charts subscribe a
 * sink and draw in the same animation frame; only the few numbers on screen go to the store.
 */
import type { DataMessage, Frame, Grids, LossLandscapeMessage, NeuronPictures } from '../worker/protocol';

export interface FrameSink {
  /**
   * Every frame. `detail` marks the frames on which the slower views (diagram, curves,
   * numbers) redraw: all of them in the same display frame, so the browser lays out, paints
   * and commits once for all of them instead of once for each.
   */
  frame?(frame: Frame, detail: boolean): void;
  /** New pictures (not every frame carries them). */
  grids?(grids: Grids, frame: Frame): void;
  /** New points, after configure or regenerate. */
  data?(data: DataMessage): void;
  /** A new generation began: clear accumulated history. */
  restart?(generation: number): void;
  /** The loss landscape the page asked for. */
  landscape?(landscape: LossLandscapeMessage): void;
}

export class FrameHub {
  #sinks = new Set<FrameSink>();
  latestFrame: Frame | null = null;
  latestGrids: { grids: Grids; frame: Frame } | null = null;
  /** The last neuron pictures and histograms (not every frame with grids carries them). */
  latestNeurons: NeuronPictures | null = null;
  latestData: DataMessage | null = null;
  /**
   * True while publishFrame runs. The page publishes from its requestAnimationFrame callback,
   * so what a sink draws then is painted in this very display frame; a replay on subscribe is not.
   */
  publishing = false;
  #generation = -1;

  /** Adds a sink and replays what it missed, so a panel mounted late still draws at once. */
  subscribe(sink: FrameSink): () => void {
    this.#sinks.add(sink);
    if (this.latestData) sink.data?.(this.latestData);
    if (this.latestGrids) sink.grids?.(this.latestGrids.grids, this.latestGrids.frame);
    if (this.latestFrame) sink.frame?.(this.latestFrame, true);
    return () => this.#sinks.delete(sink);
  }

  latestLandscape: LossLandscapeMessage | null = null;

  publishLandscape(landscape: LossLandscapeMessage): void {
    this.latestLandscape = landscape;
    this.#sinks.forEach((s) => s.landscape?.(landscape));
  }

  publishData(data: DataMessage): void {
    this.latestData = data;
    this.#sinks.forEach((s) => s.data?.(data));
  }

  /** A new worker counts its generations from the start again: its first frame restarts the sinks whatever its number. */
  forgetGeneration(): void {
    this.#generation = -1;
  }

  publishFrame(frame: Frame, detail = true): void {
    this.publishing = true;
    try {
      this.#publishTo(frame, detail);
    } finally {
      this.publishing = false;
    }
  }

  #publishTo(frame: Frame, detail: boolean): void {
    if (frame.generation !== this.#generation) {
      this.#generation = frame.generation;
      this.#sinks.forEach((s) => s.restart?.(frame.generation));
    }
    this.latestFrame = frame;
    if (frame.grids) {
      this.latestGrids = { grids: frame.grids, frame };
      if (frame.grids.neurons) this.latestNeurons = frame.grids.neurons;
      this.#sinks.forEach((s) => s.grids?.(frame.grids!, frame));
    }
    this.#sinks.forEach((s) => s.frame?.(frame, detail));
  }
}

const hubs = new Map<string, FrameHub>();

export function hubFor(runId: string): FrameHub {
  let hub = hubs.get(runId);
  if (!hub) {
    hub = new FrameHub();
    hubs.set(runId, hub);
  }
  return hub;
}
