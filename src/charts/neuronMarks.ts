/**
 * Dead and saturated marks on the diagram's hidden neurons: a badge in the node's corner, with
 * `data-testid="dead-neuron"` on each dead one. Only the nodes whose mark changed are touched.
 */
import type { DiagramDom } from './networkDom';

const MARK = { 1: { cls: 'dead', testid: 'dead-neuron', glyph: '✕' }, 2: { cls: 'saturated', testid: 'saturated-neuron', glyph: '≈' } } as const;

export function paintNeuronMarks(dom: DiagramDom, marks: readonly (readonly number[])[] | null): void {
  for (let l = 1; l < dom.sizes.length - 1; l++) {
    for (let i = 0; i < dom.sizes[l]; i++) {
      const node = dom.nodes[dom.nodeOffsets[l] + i];
      const state = marks?.[l - 1]?.[i] ?? 0;
      const current = node.querySelector<HTMLElement>(':scope > .nd-mark');
      if ((current?.dataset.state ?? '0') === String(state)) continue;
      current?.remove();
      if (state !== 1 && state !== 2) continue;
      const m = MARK[state];
      const badge = document.createElement('div');
      badge.className = `nd-mark ${m.cls}`;
      badge.dataset.testid = m.testid;
      badge.dataset.state = String(state);
      badge.textContent = m.glyph;
      // The counts in the view say it in words; the badge is a picture of them.
      badge.setAttribute('aria-hidden', 'true');
      node.append(badge);
    }
  }
}
