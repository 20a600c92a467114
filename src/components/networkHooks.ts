/** The network panel's effects: frames into the diagram, and the diagram's words. */
import { useEffect, useMemo, type RefObject } from 'react';
import type { NetworkDiagramHandle } from '../charts/NetworkDiagram';
import type { NetworkDiagramLabels } from '../charts/networkLabels';
import { useStore } from '../store/store';
import type { NeuronPictures } from '../worker/protocol';
import { useRun } from './runContext';
import { useT } from './useT';

/** Links the diagram repaints per detail frame before it starts skipping detail frames. */
const LINKS_PER_PAINT = 800;

/** How many of the hub's detail frames go by per diagram repaint while training. */
export function detailFramesPerPaint(links: number): number {
  return Math.max(1, Math.ceil(links / LINKS_PER_PAINT));
}

/**
 * While training the diagram (up to 2,000 SVG links and 131 pictures) repaints only on the
 * hub's detail frames, together with the curves and numbers; pictures that arrive between them
 * are kept for the next one. A big network repaints on every second or third detail frame:
 * repainting 2,000 links costs the browser tens of milliseconds, and at 3–5 times a second the
 * weights still visibly move. A new shape gets the last pictures at once.
 */
export function useDiagramFrames(diagram: RefObject<NetworkDiagramHandle | null>, layerSizes: readonly number[]): void {
  const run = useRun();
  useEffect(() => {
    let pendingPictures: NeuronPictures | null = null;
    let skipped = 0;
    return run.hub.subscribe({
      frame: (frame, detail) => {
        if (frame.grids?.neurons) pendingPictures = frame.grids.neurons;
        if (!detail) return;
        if (frame.running && ++skipped < detailFramesPerPaint(frame.weights.length)) return;
        skipped = 0;
        const { config, runs } = useStore.getState();
        run.probe.sync(config, runs[run.runId]?.numClasses ?? 2, frame);
        diagram.current?.update({ weights: frame.weights, biases: frame.biases, grids: pendingPictures });
        pendingPictures = null;
      },
    });
  }, [run, diagram]);

  useEffect(() => {
    const frame = run.hub.latestFrame;
    if (frame) diagram.current?.update({ weights: frame.weights, biases: frame.biases, grids: run.hub.latestNeurons });
  }, [layerSizes, run, diagram]);
}

/** Templates keep their {placeholders}: the diagram fills in the numbers. */
export function useDiagramLabels(): NetworkDiagramLabels {
  const t = useT();
  return useMemo(
    () => ({
      weight: t('network.weight'),
      bias: t('network.bias'),
      input: t('network.input'),
      output: t('output.title'),
      hiddenNeuron: t('network.diagram.hiddenNeuron'),
      hiddenNeuronTitle: t('network.diagram.hiddenNeuronTitle'),
      outputClass: t('output.class'),
      outputClassTitle: t('network.diagram.outputClassTitle'),
      incomingWeights: t('network.diagram.incomingWeights'),
      preActivation: t('network.diagram.preActivation'),
      activation: t('network.diagram.activation'),
      featureValue: t('network.diagram.featureValue'),
      clickToEdit: t('network.editValue'),
      editHelp: t('network.diagram.editHelp'),
      invalidNumber: t('network.diagram.invalidNumber'),
      probeAt: t('network.diagram.probeAt'),
      probeHint: t('network.diagram.probeHint'),
      probeHintTouch: t('network.diagram.probeHintTouch'),
    }),
    [t],
  );
}
