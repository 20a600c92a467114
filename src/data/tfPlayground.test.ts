/**
 * Our generators fed TF Playground's stream give TF Playground's points, bit for bit.
 *
 * Where the numbers come from: TF Playground's own src/dataset.ts (tensorflow/playground,
 * unchanged) run under Node with d3 3.5.17 and seedrandom 2.4.4 (the versions its
 * package.json asks for), driven as its playground.ts generateData drives it:
 * Math.seedrandom(seed); points = generator(n, noise / 100); shuffle(points); train =
 * points.slice(0, floor(n · percTrainData / 100)). The harness lived in a scratch folder outside
 * this repository; the values below are what it printed. The checksum is
 * Σ (i + 1)(x + 3y + 7·label) over the shuffled points in order, summed in that order.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetId } from '../config/config';
import { createTfRng } from '../engine/tfRng';
import { generateDataset } from './datasets';
import { splitTrainTest, type Points } from './points';

type Fact = [id: DatasetId, seed: string, noise: number, count: number, trainCount: number, first: number[], last: number[], checksum: number];

// prettier-ignore
const TF_FACTS: Fact[] = [
  ['circle', '0.12345', 0, 500, 250, [4.618077316847547, -1.8354395887379444, -1], [0.3297448673290159, 2.1861566975604134, 1], -62425.62967918736],
  ['circle', '0.12345', 35, 500, 250, [4.618077316847547, -1.8354395887379444, -1], [0.3297448673290159, 2.1861566975604134, -1], -198155.62967918723],
  ['circle', 'abc', 0, 500, 250, [-1.1142388760775852, -0.42420515618458776, 1], [-0.9740441948806036, -4.0006107156559825, -1], -21690.405765440737],
  ['circle', 'abc', 35, 500, 250, [-1.1142388760775852, -0.42420515618458776, 1], [-0.9740441948806036, -4.0006107156559825, -1], -244010.4057654407],
  ['xor', '0.12345', 0, 500, 250, [5.096362367914215, -2.1979115662055433, -1], [4.143540271921045, -5.061737650472769, -1], -143409.02406337083],
  ['xor', '0.12345', 35, 500, 250, [5.096362367914215, -2.1979115662055433, -1], [4.143540271921045, -5.061737650472769, -1], -122647.02406337092],
  ['xor', 'abc', 0, 500, 250, [-0.5309694276572634, 2.2210423146940963, -1], [-1.1834612900759478, 0.6801050706879297, -1], -35656.11548016358],
  ['xor', 'abc', 35, 500, 250, [-0.5309694276572634, 2.2210423146940963, -1], [-1.1834612900759478, 0.6801050706879297, -1], -45484.115480163535],
  ['gauss', '0.12345', 0, 500, 250, [1.4727333103506868, 1.6684722917049366, 1], [2.5252416477133672, 1.2123899483436706, 1], -24764.05160855436],
  ['gauss', '0.12345', 35, 500, 250, [0.7192736608154351, 1.1947219945462795, 1], [3.2758075294129023, 0.08690183172072818, 1], -5707.0939086058415],
  ['gauss', 'abc', 0, 500, 250, [-2.4899696872236348, -2.2320486093037033, -1], [1.653169866487249, 1.8855192475683535, 1], -23085.891304847402],
  ['gauss', 'abc', 35, 500, 250, [-3.1901322350681696, -2.5636441135776353, -1], [1.1575525328404215, 1.7219272185269405, 1], -216.15504937894184],
  // Noise 1 %: where d3's 0.5·(1 − t) + 4·t and 0.5 + 3.5·t give standard deviations apart.
  ['gauss', '0.12345', 1, 500, 250, [1.4370332294924775, 1.6460252715816999, 1], [2.5608046173861485, 1.159062584637895, 1], -23861.10354594843],
  ['gauss', 'abc', 1, 500, 250, [-2.5231444691610054, -2.2477601159810683, -1], [1.629686752432189, 1.8777680047935887, 1], -22002.287910784078],
  ['spiral', '0.12345', 0, 500, 250, [3.0204337300800503, -2.435442481807918, 1], [1.70475036181092, 2.6130874849314822, 1], 14937.780312560963],
  ['spiral', '0.12345', 35, 500, 250, [2.995742487653112, -2.1865317907716593, 1], [1.9269099471807105, 2.3207490753863773, 1], 16927.45793080433],
  ['spiral', 'abc', 0, 500, 250, [0.1406915255529877, 0.218645591397524, 1], [-1.7047503618109177, -2.6130874849314836, -1], 23524.479217549364],
  ['spiral', 'abc', 35, 500, 250, [0.13762404456459576, 0.5642051027924961, 1], [-1.4219831775179592, -2.6783541263897463, -1], 24537.545702849307],
  ['reg-plane', '0.12345', 0, 1200, 600, [4.247773950612919, 1.4551190568711139, 0.5702893007484033], [1.9890181455002711, -2.7065142129785675, -0.07174960674782976], 63883.428414141046],
  ['reg-plane', '0.12345', 35, 1200, 600, [4.247773950612919, 1.4551190568711139, 0.5081919220040256], [1.9890181455002711, -2.7065142129785675, -0.15506376797706412], 85241.82619074688],
  ['reg-plane', 'abc', 0, 1200, 600, [-3.139346089962764, 4.097300233964033, 0.09579541440012695], [-0.2051186718451472, 0.4081276631510331, 0.020300899130588634], 224266.28300871444],
  ['reg-plane', 'abc', 35, 1200, 600, [-3.139346089962764, 4.097300233964033, -0.1377895901158508], [-0.2051186718451472, 0.4081276631510331, -0.06888968535235418], 207113.8958326666],
  ['reg-gauss', '0.12345', 0, 1200, 600, [4.247773950612919, 1.4551190568711139, 0.4630716724002534], [1.9890181455002711, -2.7065142129785675, 0.00014484757897370582], -7228.142638293516],
  ['reg-gauss', '0.12345', 35, 1200, 600, [4.247773950612919, 1.4551190568711139, 0.24533234737735676], [1.9890181455002711, -2.7065142129785675, 0], -33696.8071726393],
  ['reg-gauss', 'abc', 0, 1200, 600, [-3.139346089962764, 4.097300233964033, 0.0927936852231549], [-0.2051186718451472, 0.4081276631510331, 0], 179552.45901597687],
  ['reg-gauss', 'abc', 35, 1200, 600, [-3.139346089962764, 4.097300233964033, 0.832330376486976], [-0.2051186718451472, 0.4081276631510331, 0], 201069.41725005975],
];

function shuffledPoints(id: DatasetId, seed: string, noise: number): { all: Points; trainCount: number } {
  const rng = createTfRng(seed);
  const count = id.startsWith('reg-') ? 1200 : 500;
  const { train, test } = splitTrainTest(generateDataset(id, count, noise, rng), 50, rng);
  const all: Points = {
    x: Float64Array.from([...train.x, ...test.x]),
    y: Float64Array.from([...train.y, ...test.y]),
    label: Float64Array.from([...train.label, ...test.label]),
    count: train.count + test.count,
  };
  return { all, trainCount: train.count };
}

describe("TF Playground's datasets from its seed", () => {
  it.each(TF_FACTS)('%s, seed %s, noise %d', (id, seed, noise, count, trainCount, first, last, checksum) => {
    const { all, trainCount: ourTrainCount } = shuffledPoints(id, seed, noise);
    expect(all.count).toBe(count);
    expect(ourTrainCount).toBe(trainCount);
    expect([all.x[0], all.y[0], all.label[0]]).toEqual(first);
    const end = all.count - 1;
    expect([all.x[end], all.y[end], all.label[end]]).toEqual(last);
    let sum = 0;
    for (let i = 0; i < all.count; i++) sum += (i + 1) * (all.x[i] + 3 * all.y[i] + 7 * all.label[i]);
    expect(sum).toBe(checksum);
  });
});
