/** What the network diagram takes and offers: its options, its layout report and the handle its host drives. */
import type { ParamRef } from '../engine/paramLayout';
import type { NeuronValues } from './networkCard';
import type { NetworkFrame } from './networkDom';
import type { NeuronHover } from './networkHover';
import type { NetworkDiagramLabels } from './networkLabels';

/** Where the columns ended up, so the page can put each layer's controls above its own column. */
export interface DiagramLayout {
  /** Centre x of each column (inputs first), in the stage's pixels. */
  columns: number[];
  /** The stage's width: wider than the box when the columns would be too narrow (it scrolls). */
  width: number;
  nodeSize: number;
}

export interface NetworkDiagramOptions {
  featureLabels: string[];
  /** Paints input feature i over the plane; the canvas starts at 32 × 32 and may be resized. */
  drawFeature: (featureIndex: number, canvas: HTMLCanvasElement) => void;
  onEditParam: (ref: ParamRef, value: number) => void;
  onHoverNeuron?: (info: NeuronHover | null) => void;
  /** z and a of a neuron at the probed point of the plane (and that point), if the caller tracks one. */
  getNeuronValues?: (layer: number, index: number) => NeuronValues | null;
  onLayout?: (layout: DiagramLayout) => void;
  labels?: Partial<NetworkDiagramLabels>;
  /** Without a height from its container (a page that flows), the diagram is at most this tall; read once. */
  maxHeight?: number;
}

export interface NetworkDiagramApi {
  /** layerSizes includes inputs and outputs. Rebuilds the elements only if the shape or labels changed. */
  setStructure(layerSizes: number[], featureLabels?: string[]): void;
  update(frame: NetworkFrame): void;
  setLabels(labels: Partial<NetworkDiagramLabels>): void;
  /** Per hidden layer, each neuron: 1 dead, 2 saturated, else unmarked; null clears every mark. */
  setMarks(marks: readonly (readonly number[])[] | null): void;
  resize(): void;
  destroy(): void;
}
