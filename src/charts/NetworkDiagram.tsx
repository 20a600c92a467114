/**
 * React shell around createNetworkDiagram. The diagram is mounted once; frames go straight to
 * the api through the ref (never through props or state), so training re-renders nothing.
 */
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { createNetworkDiagram, type NetworkDiagramApi, type NetworkDiagramOptions, type NetworkFrame } from './networkDiagram';

/** The diagram's options (followed after mount, but for `maxHeight`) and the host's own. */
export interface NetworkDiagramProps extends NetworkDiagramOptions {
  /** Inputs, hidden layers and outputs; a new shape rebuilds the diagram. */
  layerSizes: number[];
  className?: string;
  ref?: Ref<NetworkDiagramHandle>;
}

/** The api minus destroy: the component owns the diagram's lifetime, unmounting destroys it. */
export type NetworkDiagramHandle = Omit<NetworkDiagramApi, 'destroy'>;

export function NetworkDiagram(props: NetworkDiagramProps) {
  const { layerSizes, featureLabels, labels, className, ref } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const apiRef = useRef<NetworkDiagramApi | null>(null);
  // The module keeps the callbacks it was created with; routing them through a ref lets
  // parents pass fresh closures each render without remounting the diagram.
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const p = propsRef.current;
    const api = createNetworkDiagram(host, {
      featureLabels: p.featureLabels,
      drawFeature: (i, canvas) => propsRef.current.drawFeature(i, canvas),
      onEditParam: (r, v) => propsRef.current.onEditParam(r, v),
      onHoverNeuron: (info) => propsRef.current.onHoverNeuron?.(info),
      getNeuronValues: (l, i) => propsRef.current.getNeuronValues?.(l, i) ?? null,
      onLayout: (layout) => propsRef.current.onLayout?.(layout),
      labels: p.labels,
      maxHeight: p.maxHeight,
    });
    apiRef.current = api;
    return () => {
      api.destroy();
      apiRef.current = null;
    };
  }, []);

  // Arrays arrive with a new identity each render; the joined key changes only with the shape.
  const structureKey = `${layerSizes.join(',')}|${featureLabels.join('\u0000')}`;
  useEffect(() => {
    const p = propsRef.current;
    apiRef.current?.setStructure(p.layerSizes, p.featureLabels);
  }, [structureKey]);

  const labelsKey = JSON.stringify(labels ?? {});
  useEffect(() => {
    apiRef.current?.setLabels(propsRef.current.labels ?? {});
  }, [labelsKey]);

  useImperativeHandle(
    ref,
    (): NetworkDiagramHandle => ({
      setStructure: (sizes, names) => apiRef.current?.setStructure(sizes, names),
      update: (frame: NetworkFrame) => apiRef.current?.update(frame),
      setLabels: (l) => apiRef.current?.setLabels(l),
      setMarks: (m) => apiRef.current?.setMarks(m),
      resize: () => apiRef.current?.resize(),
    }),
    [],
  );

  return <div ref={hostRef} className={className ? `network-diagram-host ${className}` : 'network-diagram-host'} />;
}
