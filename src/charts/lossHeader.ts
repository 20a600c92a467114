/**
 * The loss chart's header line: the loss axis' title over the left axis, the accuracy axis'
 * title (with the dashed swatches that mark accuracy curves) over the right one, and the
 * legend of the loss curves between them. HTML, so on a phone the legend wraps by itself.
 */
import type { Selection } from 'd3-selection';
import type { LossChartLabels } from './lossChartTypes';

export interface LossHeader {
  /** Writes the texts; does nothing when neither they nor the accuracy axis changed (each write costs a layout). */
  draw(labels: LossChartLabels, hasAccuracy: boolean): void;
}

type Div = Selection<HTMLDivElement, unknown, null, undefined>;

function swatch(parent: Selection<HTMLSpanElement, unknown, null, undefined>, strokes: { y: number; color: string; dash: string | null; width: number }[], height: number): void {
  const svg = parent.append('svg').attr('width', 16).attr('height', height).attr('aria-hidden', 'true');
  for (const s of strokes) {
    svg.append('line').attr('x1', 0).attr('x2', 16).attr('y1', s.y).attr('y2', s.y).attr('stroke', s.color).attr('stroke-width', s.width).attr('stroke-dasharray', s.dash);
  }
}

export function createLossHeader(root: Div, trainColor: string, testColor: string, accuracyDash: string): LossHeader {
  const header = root.append('div').attr('class', 'loss-header');
  const lossTitle = header.append('span').attr('data-testid', 'loss-axis-title').attr('class', 'loss-title');
  const legend = header.append('div').attr('class', 'loss-legend');
  const accTitle = header.append('span').attr('data-testid', 'accuracy-axis-title').attr('class', 'loss-title acc-title');
  swatch(
    accTitle,
    [
      { y: 1.5, color: trainColor, dash: accuracyDash, width: 1.5 },
      { y: 6.5, color: testColor, dash: accuracyDash, width: 1.5 },
    ],
    8,
  );
  const accTitleText = accTitle.append('span');
  const items = [
    { key: 'train', color: trainColor },
    { key: 'test', color: testColor },
  ].map(({ key, color }) => {
    const item = legend.append('span').attr('class', 'loss-legend-item');
    swatch(item, [{ y: 3, color, dash: null, width: 2 }], 6);
    return { key, text: item.append('span').attr('data-series', key === 'train' ? 'trainLoss' : 'testLoss') };
  });

  let drawnKey = '';
  return {
    draw(labels, hasAccuracy) {
      const key = `${hasAccuracy}|${labels.train}|${labels.test}|${labels.trainAcc}|${labels.testAcc}|${labels.loss}|${labels.accuracy}`;
      if (key === drawnKey) return;
      drawnKey = key;
      for (const item of items) item.text.text(item.key === 'train' ? labels.train : labels.test);
      lossTitle.text(labels.loss);
      accTitleText.text(labels.accuracy);
      // The two dashed swatches, spelled out on hover and for screen readers.
      accTitle.attr('data-tip', `${labels.trainAcc}, ${labels.testAcc}`).attr('aria-description', `${labels.trainAcc}, ${labels.testAcc}`);
      accTitle.attr('hidden', hasAccuracy ? null : '');
    },
  };
}
