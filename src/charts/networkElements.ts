/** The elements of one node (its box, its label or bias handle) and of one link (a path to hit, a path drawn) in the diagram's DOM. */
import type { DiagramDom, DomParents } from './networkDom';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Node n (the index-th of its layer): its box, and its input label or its bias handle. */
export function addNode(dom: DiagramDom, parents: DomParents, layer: number, index: number, n: number, featureLabels: string[]): void {
  const node = document.createElement('div');
  node.dataset.testid = `neuron-${layer}-${index}`;
  node.dataset.kind = 'node';
  node.dataset.n = String(n);
  node.className = 'nd-node';
  // Reached with the arrow keys, one tab stop for the whole diagram (networkKeyboard.ts sets tabindex).
  node.setAttribute('role', 'button');
  dom.nodes.push(node);
  if (layer === 0) {
    const label = document.createElement('div');
    label.textContent = featureLabels[index] ?? `x${index + 1}`;
    label.className = 'nd-label';
    dom.labels.push(label);
    parents.nodes.append(label);
  } else {
    const bias = document.createElement('div');
    bias.dataset.testid = `bias-${layer}-${index}`;
    bias.dataset.kind = 'bias';
    bias.dataset.n = String(n);
    bias.setAttribute('role', 'button');
    // The square is a few pixels wide; its transparent parent is what a fingertip has to hit.
    bias.className = 'nd-bias';
    const dot = document.createElement('div');
    dot.className = 'nd-bias-dot';
    bias.append(dot);
    node.append(bias);
    dom.biases.push(bias);
    dom.biasDots.push(dot);
  }
  parents.nodes.append(node);
}

/** Link k, from neuron `from` of layer − 1 to neuron `to` of `layer`: a wide unpainted path to hit, and the one drawn. */
export function addLink(dom: DiagramDom, parents: DomParents, layer: number, to: number, from: number, k: number): void {
  dom.linkLayer[k] = layer;
  dom.linkTo[k] = to;
  dom.linkFrom[k] = from;
  const hit = document.createElementNS(SVG_NS, 'path');
  hit.dataset.kind = 'link';
  hit.dataset.k = String(k);
  // Never painted (pointer-events: stroke ignores visibility and stroke), so the
  // wide catch area for thin links costs hit-testing only, not rasterising.
  hit.setAttribute('stroke', 'none');
  hit.setAttribute('fill', 'none');
  hit.setAttribute('visibility', 'hidden');
  hit.setAttribute('pointer-events', 'stroke');
  const vis = document.createElementNS(SVG_NS, 'path');
  vis.dataset.testid = `link-${layer}-${to}-${from}`;
  vis.dataset.kind = 'link';
  vis.dataset.k = String(k);
  vis.setAttribute('fill', 'none');
  vis.setAttribute('stroke', '#e8eaeb');
  vis.setAttribute('pointer-events', 'stroke');
  dom.hit.push(hit);
  dom.visible.push(vis);
  parents.hit.append(hit);
  parents.visible.append(vis);
}
