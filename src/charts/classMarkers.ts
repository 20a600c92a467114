/**
 * A marker shape per class, so classes read apart without colour: in greyscale, for colour-blind
 * eyes, on a projector that washes colours out. Two classes keep TF Playground's circles.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { MAX_CLASSES } from './colors';

const SHAPES: readonly SymbolType[] = [symbolCircle, symbolTriangle, symbolSquare, symbolDiamond];

/** The path of class k's marker (a circle beyond the known classes) of radius about r, centred on 0. */
export function classMarkerPath(k: number, r: number): string {
  const i = Number.isInteger(k) && k >= 0 && k < MAX_CLASSES ? k : 0;
  // Symbols are sized by area: the same area as the circle of radius r.
  return symbol(SHAPES[i] ?? symbolCircle, Math.PI * r * r)() ?? '';
}

export const circlePath = (r: number): string => symbol(symbolCircle, Math.PI * r * r)() ?? '';
