/**
 * The class colours stay apart for colour-blind viewers: each pair is simulated as protanopes
 * and deuteranopes see it (Machado, Oliveira and Fernandes 2009, severity 1.0) and must differ
 * by at least ΔE*ab 20 in CIELAB (the old palette's blue and purple were 13.8 apart for
 * deuteranopes). The simulation is written out here, apart from the code that picks the colours.
 */
import { describe, expect, it } from 'vitest';
import { CLASS_COLORS } from './colors';

const MACHADO = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
} as const;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function simulatedLab(hex: string, m: readonly (readonly number[])[]): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe('class colours for colour-blind viewers', () => {
  for (const [name, matrix] of Object.entries(MACHADO)) {
    it(`every pair differs by ΔE ≥ 20 under ${name}`, () => {
      for (let i = 0; i < CLASS_COLORS.length; i++) {
        for (let j = i + 1; j < CLASS_COLORS.length; j++) {
          const a = simulatedLab(CLASS_COLORS[i], matrix);
          const b = simulatedLab(CLASS_COLORS[j], matrix);
          expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), `${CLASS_COLORS[i]} vs ${CLASS_COLORS[j]}`).toBeGreaterThanOrEqual(20);
        }
      }
    });
  }

  it('the simulation tells the old blue and purple apart by less than that (the defect it guards)', () => {
    const a = simulatedLab('#0877bd', MACHADO.deuteranopia);
    const b = simulatedLab('#7b3294', MACHADO.deuteranopia);
    expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeLessThan(20);
  });
});
