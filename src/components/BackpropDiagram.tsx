/**
 * The small network of the step-by-step view: every neuron with the number the current stage
 * is about (a on the way forward, δ on the way back), every link coloured by the weight or, once
 * the backward pass has reached it, by ∂L/∂w. Neurons are buttons; a link is picked by a click,
 * or from the keyboard through the list under the formula.
 */
import { memo, useMemo } from 'react';
import type { Selection } from './backpropSteps';
import { num } from './backpropSteps';

export interface DiagramValues {
  sizes: number[];
  /** Per layer (inputs first), the number each neuron shows, or null for none. */
  nodeValues: (ArrayLike<number> | null)[];
  /** Per layer l ≥ 1 (index l − 1), each link's value, W[to · fanIn + from], and whether it shows a gradient. */
  linkValues: ArrayLike<number>[];
  linkIsGradient: boolean[];
  /** Layers the stage is working on (highlighted). */
  activeLayer: number;
}

interface Props {
  values: DiagramValues;
  selection: Selection;
  onSelect(selection: Selection): void;
  nodeLabel(layer: number, index: number): string;
  label: string;
}

const W = 380;
const ROW = 34;

/** Where each neuron sits: one column per layer, its neurons centred in it. */
interface Layout {
  height: number;
  r: number;
  x(l: number): number;
  y(l: number, i: number): number;
}

function layoutFor(sizes: readonly number[]): Layout {
  const most = Math.max(...sizes);
  const height = Math.max(2, most) * ROW + 10;
  const colGap = (W - 40) / Math.max(1, sizes.length - 1);
  return {
    height,
    r: Math.min(15, colGap / 3.2),
    x: (l) => 20 + l * colGap,
    y: (l, i) => height / 2 + (i - (sizes[l] - 1) / 2) * ROW,
  };
}

function scaleOf(a: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) if (Number.isFinite(a[k])) m = Math.max(m, Math.abs(a[k]));
  return m || 1;
}

interface LinkLayerProps {
  l: number;
  fanIn: number;
  fanOut: number;
  layout: Layout;
  /** W[to · fanIn + from], or its gradient: the same array from stage to stage while it does not change. */
  values: ArrayLike<number>;
  grad: boolean;
  /** The selected link if it is in this layer, else −1 and −1. */
  selectedTo: number;
  selectedFrom: number;
  onSelect(selection: Selection): void;
}

/**
 * One layer's links. Memoised: a step changes the numbers of one or two layers, and redrawing
 * every link of a deep network (384 in configuration b) on each step would take most of a frame.
 */
const LinkLayer = memo(function LinkLayer({ l, fanIn, fanOut, layout, values, grad, selectedTo, selectedFrom, onSelect }: LinkLayerProps) {
  const max = scaleOf(values);
  const links = [];
  for (let to = 0; to < fanOut; to++) {
    for (let from = 0; from < fanIn; from++) {
      const w = values[to * fanIn + from];
      const selected = selectedTo === to && selectedFrom === from;
      links.push(
        <line
          key={`${to}-${from}`}
          data-testid={`bp-link-${l}-${to}-${from}`}
          x1={layout.x(l - 1)}
          y1={layout.y(l - 1, from)}
          x2={layout.x(l)}
          y2={layout.y(l, to)}
          className={`bp-link ${grad ? 'grad' : ''} ${w < 0 ? 'neg' : 'pos'} ${selected ? 'selected' : ''}`}
          strokeWidth={selected ? 4 : 0.6 + (3 * Math.abs(Number.isFinite(w) ? w : 0)) / max}
          onClick={() => onSelect({ layer: l, to, from })}
        />,
      );
    }
  }
  return <g>{links}</g>;
});

export function BackpropDiagram({ values, selection, onSelect, nodeLabel, label }: Props) {
  const { sizes } = values;
  const layout = useMemo(() => layoutFor(sizes), [sizes]);
  const { height, r, x, y } = layout;
  return (
    <svg className="bp-diagram" viewBox={`0 0 ${W} ${height}`} width="100%" role="group" aria-label={label}>
      {sizes.slice(1).map((fanOut, k) => {
        const l = k + 1;
        const here = selection.layer === l;
        return (
          <LinkLayer
            key={l}
            l={l}
            fanIn={sizes[l - 1]}
            fanOut={fanOut}
            layout={layout}
            values={values.linkValues[k]}
            grad={values.linkIsGradient[k]}
            selectedTo={here ? selection.to : -1}
            selectedFrom={here ? selection.from : -1}
            onSelect={onSelect}
          />
        );
      })}
      {sizes.map((count, l) =>
        Array.from({ length: count }, (_, i) => {
          const value = values.nodeValues[l]?.[i];
          // Two decimals fit a node; the formula under the diagram has the full number.
          const shown = value === undefined ? '' : num(value).replace(/(\.\d\d)\d+/, '$1');
          const selected = l > 0 && selection.layer === l && selection.to === i;
          const active = l === values.activeLayer;
          return (
            <g
              key={`${l}-${i}`}
              data-testid={`bp-node-${l}-${i}`}
              className={`bp-node ${active ? 'active' : ''} ${selected ? 'selected' : ''}`}
              role={l > 0 ? 'button' : undefined}
              tabIndex={l > 0 ? 0 : undefined}
              aria-pressed={l > 0 ? selected : undefined}
              aria-label={`${nodeLabel(l, i)}${shown ? ` = ${shown}` : ''}`}
              onClick={() => l > 0 && onSelect({ layer: l, to: i, from: selection.layer === l ? selection.from : 0 })}
              onKeyDown={(e) => {
                if (l > 0 && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  onSelect({ layer: l, to: i, from: 0 });
                }
              }}
            >
              <circle cx={x(l)} cy={y(l, i)} r={r} />
              {value !== undefined && (
                <text x={x(l)} y={y(l, i) + 3.5} textAnchor="middle">
                  {shown}
                </text>
              )}
            </g>
          );
        }),
      )}
    </svg>
  );
}
