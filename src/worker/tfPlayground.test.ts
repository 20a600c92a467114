/**
 * A TF Playground link trains here exactly as it trains there: the same initial weights, the
 * same order of updates, the same loss after every epoch.
 *
 * Where the numbers come from: TF Playground's own src/nn.ts and src/dataset.ts
 * (tensorflow/playground, unchanged), run under Node with d3 3.5.17 and seedrandom 2.4.4, driven
 * as its playground.ts drives them: generateData (Math.seedrandom(seed), generate, shuffle,
 * split), reset (buildNetwork from the continuing stream; each further Reset builds again),
 * oneStep (forwardProp, backProp, updateWeights after every batchSize-th point of the epoch)
 * and getLoss (mean of ½(o − t)²), with constructInput's features. "nextSeed" is what its
 * Regenerate would set (Math.random().toFixed(5) after the weights' draw); "zerosAt100" counts
 * the weights exactly 0 after epoch 100. The Deep Insider link ran Deep Insider's nn.ts
 * (code4fukui/playground: Glorot-uniform weights, biases 0) with its oneStep (batchFull: the
 * whole training set as one batch). The harness lived in a scratch folder outside this
 * repository; the values below are what it printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeHash } from '../url';
import { Run } from './run';

interface TfLink {
  name: string;
  hash: string;
  /** [train, test] loss after each epoch. */
  losses: Record<0 | 1 | 10 | 100, [number, number]>;
  nextSeed: string;
  zerosAt100: number;
}

// prettier-ignore
const TF_LINKS: TfLink[] = [
  {
    name: 'tanhCircle',
    hash: 'activation=tanh&batchSize=10&dataset=circle&learningRate=0.03&regularization=none&regularizationRate=0&noise=10&networkShape=4,2&seed=0.12345&percTrainData=50&x=true&y=true&problem=classification',
    losses: { 0: [0.5052984819524082, 0.521270925375952], 1: [0.4967492951111947, 0.5089487990650509], 10: [0.47584418272678014, 0.49735479472678806], 100: [0.029183160194783904, 0.03538086687518263] },
    nextSeed: '0.62930',
    zerosAt100: 0,
  },
  {
    name: 'linearXor',
    hash: 'activation=linear&dataset=xor&networkShape=2&x=true&y=true&xTimesY=true&learningRate=0.01&seed=0.5',
    losses: { 0: [0.12998655495234132, 0.13055839488999066], 1: [0.09680223130646617, 0.09766907420483822], 10: [0.03262530359116766, 0.03870437102874947], 100: [0.006114094871146025, 0.012417621739814217] },
    nextSeed: '0.96995',
    zerosAt100: 0,
  },
  {
    name: 'reluSpiral',
    hash: 'activation=relu&dataset=spiral&networkShape=8,8,8,8,8,8&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&learningRate=0.01&noise=5&seed=0.77777',
    losses: { 0: [0.5199898578029039, 0.5198922050276679], 1: [0.5008903172714361, 0.5015037332558517], 10: [0.4876036390817495, 0.48969249096941914], 100: [0.17513636860302118, 0.26936153543987407] },
    nextSeed: '0.43314',
    zerosAt100: 0,
  },
  {
    name: 'l1Gauss',
    hash: 'dataset=gauss&regularization=L1&regularizationRate=0.03&noise=20&networkShape=8,8&seed=0.31415',
    losses: { 0: [0.256506006169627, 0.27205047626042], 1: [0.0594797020975306, 0.07711061887185532], 10: [0.04481850209267725, 0.06171675357869823], 100: [0.0276118120317009, 0.04360064491219368] },
    nextSeed: '0.58454',
    zerosAt100: 84,
  },
  {
    name: 'regGauss',
    hash: 'problem=regression&regDataset=reg-gauss&networkShape=8,4&noise=5&seed=0.24680',
    losses: { 0: [0.04583423219097596, 0.04617840339425974], 1: [0.039652738570097955, 0.041255588683871136], 10: [0.0315103221167473, 0.033916507694271465], 100: [0.016277954958684643, 0.020886661481718784] },
    nextSeed: '0.75914',
    zerosAt100: 0,
  },
  {
    name: 'batch1',
    hash: 'dataset=xor&activation=sigmoid&batchSize=1&networkShape=4&seed=0.11111',
    losses: { 0: [0.5010908650134224, 0.5049811143465947], 1: [0.5025034550623143, 0.511862488444001], 10: [0.471533606828277, 0.4944858765362836], 100: [0.199775957018463, 0.19196873471224862] },
    nextSeed: '0.63707',
    zerosAt100: 0,
  },
  {
    name: 'batch30',
    hash: 'dataset=circle&batchSize=30&noise=25&regularization=L2&regularizationRate=0.001&percTrainData=70&networkShape=5,3&seed=0.42424',
    losses: { 0: [0.5286353033976388, 0.5273794033647472], 1: [0.5202793642662511, 0.5161051350563164], 10: [0.49608102630197404, 0.48487425582260585], 100: [0.10584463919680633, 0.1292415459144475] },
    nextSeed: '0.41203',
    zerosAt100: 0,
  },
  {
    name: 'initZeroPlane',
    hash: 'problem=regression&regDataset=reg-plane&activation=sigmoid&initZero=true&networkShape=3&batchSize=7&learningRate=0.1&seed=0.13579',
    losses: { 0: [0.11910534160145375, 0.12027527819567164], 1: [0.11450229847454634, 0.11558652028230924], 10: [0.0019756931873169317, 0.0020186683484670516], 100: [0.00033385142430390844, 0.0003311816251491863] },
    nextSeed: '0.63968',
    zerosAt100: 0,
  },
  {
    name: 'reset2',
    hash: 'seed=0.12345&resets=2',
    losses: { 0: [0.5187816803414657, 0.5074839292741686], 1: [0.5069579016629273, 0.49968727758009596], 10: [0.494102490947015, 0.5056075681507806], 100: [0.007732295071299512, 0.008821164936639363] },
    nextSeed: '0.45435',
    zerosAt100: 0,
  },
  {
    name: 'deepInsiderGlorotFull',
    hash: 'dataset=spiral&networkShape=6,4&activation=tanh&sinX=true&sinY=true&initOrigin=false&batchFull=true&learningRate=0.1&seed=0.60606',
    losses: { 0: [0.6766735618334144, 0.5988293273899767], 1: [0.6553419721688096, 0.5824043979890746], 10: [0.4881175280475955, 0.4737431280992986], 100: [0.45139174387209835, 0.4450576187667392] },
    nextSeed: '0.42590',
    zerosAt100: 0,
  },
];

/** Initial weights of TF's default 2-4-2-1 network (tanh, features x and y), in build order. */
// prettier-ignore
const TF_WEIGHTS: Record<string, number[]> = {
  '0.12345': [0.15119012045435498, 0.3395422448435659, 0.3346419187784071, -0.0657659669735432, 0.0776269630522124, 0.4299551389874775, -0.00330857634290882, -0.04613467581924968, -0.4813670765940867, -0.0878811638503233, -0.3127964705648875, 0.10941456313473663, 0.1913319212503709, -0.25181186098264396, -0.1764957234884531, 0.21457855011757787, -0.046336314164098225, 0.416626461726172],
  '0.98765': [-0.1636934712363995, -0.3381596896505805, -0.15456335015763234, 0.32471643276037054, -0.11884524096009685, 0.4439224462915706, -0.4374233048124304, -0.34751146447378845, 0.2638674582061318, -0.44815475219284157, -0.21202160276508475, 0.3023660195556269, 0.4462305764087777, -0.13221638159556104, 0.02675621993197108, 0.3301551202684002, -0.4640820982357823, -0.2728916319210579],
  '0.12345|reset1': [0.1292963805901839, 0.3576059075778728, -0.4119739221727119, -0.08458352672063485, -0.2568845945426895, -0.2777241805380962, -0.282794321569552, -0.3571265020015056, -0.07218533263873866, -0.3309773413309717, 0.25150221478363366, -0.1743689279724429, -0.04659111246795744, 0.30037534277396283, -0.3470189278094842, 0.3687709530281389, -0.23712025264376996, 0.4314583086121323],
  '0.12345|reset2': [-0.322666638260102, -0.24141631877130737, -0.41424808767297994, -0.28658788516653283, 0.49045183207891674, -0.17750913896192072, 0.10588952354241632, -0.3293805594023712, -0.4120968148312029, -0.3470598924992383, 0.4691920795837138, 0.1653622181467148, 0.1327270605940667, -0.24228539935808446, -0.14269883765836983, 0.21691100856742662, 0.1970844131018965, 0.1819866411357549],
};

const runOf = (hash: string): Run => new Run(decodeHash(hash).config);
const relativeDifference = (ours: number, theirs: number): number => Math.abs(ours - theirs) / Math.abs(theirs);
/** Each link's train and test loss at epochs 0, 1, 10 and 100. */
function lossesOf(link: TfLink): Record<0 | 1 | 10 | 100, [number, number]> {
  const run = runOf(link.hash);
  const at = (): [number, number] => [run.lastTrain.loss, run.lastTest.loss];
  const result = { 0: at() } as Record<0 | 1 | 10 | 100, [number, number]>;
  run.trainEpochs(1);
  result[1] = at();
  run.trainEpochs(9);
  result[10] = at();
  run.trainEpochs(90);
  result[100] = at();
  return result;
}

describe('TF Playground links give TF Playground numbers', () => {
  it.each(['0.12345', '0.98765'])('initial weights of a 2-4-2-1 network, seed %s', (seed) => {
    const run = runOf(`seed=${seed}&networkShape=4,2&x=true&y=true`);
    expect(run.net.layers.map((l) => l.fanIn)).toEqual([2, 4, 2]);
    const weights = run.net.layers.flatMap((l) => Array.from(l.weights));
    expect(weights).toEqual(TF_WEIGHTS[seed]);
    expect(run.net.layers.flatMap((l) => Array.from(l.biases))).toEqual(Array(7).fill(0.1));
  });

  it("Reset draws TF's next network from the same stream, and the count in the link gives it again", () => {
    const run = runOf('seed=0.12345');
    const points = Array.from(run.data.train.x);
    for (const resets of [1, 2]) {
      run.reset(resets);
      expect(run.net.layers.flatMap((l) => Array.from(l.weights))).toEqual(TF_WEIGHTS[`0.12345|reset${resets}`]);
      expect(Array.from(run.data.train.x)).toEqual(points);
      expect(runOf(`seed=0.12345&resets=${resets}`).net.layers.flatMap((l) => Array.from(l.weights))).toEqual(TF_WEIGHTS[`0.12345|reset${resets}`]);
    }
  });

  for (const link of TF_LINKS) {
    describe(link.name, () => {
      let ours: Record<0 | 1 | 10 | 100, [number, number]>;
      beforeAll(() => {
        ours = lossesOf(link);
      });
      it('train and test loss after epochs 1, 10 and 100 agree to 6 significant digits', () => {
        for (const epoch of [1, 10, 100] as const) {
          for (const k of [0, 1]) expect(relativeDifference(ours[epoch][k], link.losses[epoch][k])).toBeLessThan(5e-7);
        }
      });
      it('and in fact bit for bit, from epoch 0', () => {
        expect(ours).toEqual(link.losses);
      });
      it("Regenerate's seed is TF's, and L1's exact zeros are TF's", () => {
        const run = runOf(link.hash);
        expect(run.nextSeed).toBe(link.nextSeed);
        run.trainEpochs(100);
        const zeros = run.net.layers.reduce((n, l) => n + l.weights.filter((w) => w === 0).length, 0);
        expect(zeros).toBe(link.zerosAt100);
      });
    });
  }
});
