import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { decodeHash } from '../url';
import type { PageToWorker, WorkerToPage } from '../worker/protocol';
import { createBridge } from './bridge';

class RecordingWorker {
  posted: PageToWorker[] = [];
  terminated = false;
  /** Makes postMessage throw, as a message that cannot be cloned does. */
  throwOnPost = false;
  onmessage: ((e: { data: WorkerToPage }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor(readonly first: PageToWorker | null) {}
  postMessage(m: PageToWorker) {
    if (this.throwOnPost) throw new Error('DataCloneError: could not be cloned');
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('bridge', () => {
  const setup = () => {
    const made: RecordingWorker[] = [];
    const bridge = createBridge('t', (first) => {
      const w = new RecordingWorker(first);
      made.push(w);
      return w;
    });
    return { made, bridge };
  };

  it('starts the worker with its first message and posts the later ones', () => {
    const { made, bridge } = setup();
    expect(made).toHaveLength(0);
    const configure: PageToWorker = { type: 'configure', config: defaultConfig() };
    bridge.send(configure);
    bridge.send({ type: 'play' });
    expect(made).toHaveLength(1);
    expect(made[0].first).toBe(configure);
    expect(made[0].posted).toEqual([{ type: 'play' }]);
  });

  it('restarts with the last configuration as the new worker’s first message, and stays quiet once terminated', () => {
    const { made, bridge } = setup();
    bridge.send({ type: 'configure', config: defaultConfig() });
    const second: PageToWorker = { type: 'configure', config: { ...defaultConfig(), learningRate: 0.3 } };
    bridge.send(second);
    bridge.restart();
    expect(made).toHaveLength(2);
    expect(made[0].terminated).toBe(true);
    expect(made[1].first).toBe(second);
    expect(made[1].posted).toEqual([{ type: 'request-frame' }]);
    bridge.terminate();
    bridge.send({ type: 'play' });
    expect(made).toHaveLength(2);
    expect(made[1].posted).toEqual([{ type: 'request-frame' }]);
  });

  it('a configuration survives the JSON the worker’s name carries it in', () => {
    const links = [
      '',
      '#activation=relu&batchSize=10&dataset=spiral&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=35&networkShape=8,8,5&seed=0.12345&showTestData=true&discretize=true&percTrainData=70&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&cosX=false&sinX=true&cosY=false&sinY=true&collectStats=false&problem=classification&initZero=false&hideText=false',
      '#problem=regression&regDataset=reg-gauss&lang=ja',
    ];
    for (const hash of links) {
      const { config } = decodeHash(hash);
      expect(JSON.parse(JSON.stringify(config))).toStrictEqual(config);
    }
  });

  describe('a worker that fails', () => {
    const failing = () => {
      const { made, bridge } = setup();
      const heard: WorkerToPage[] = [];
      bridge.subscribe((m) => heard.push(m));
      bridge.send({ type: 'configure', config: defaultConfig() });
      return { made, bridge, heard };
    };

    it('a postMessage that throws is reported as the worker’s error, and the worker is stopped', () => {
      const { made, bridge, heard } = failing();
      made[0].throwOnPost = true;
      bridge.send({ type: 'play' });
      expect(heard).toEqual([{ type: 'error', message: 'DataCloneError: could not be cloned' }]);
      expect(made[0].terminated).toBe(true);
      // Nothing more reaches it, and no new worker is started behind the learner's back.
      bridge.send({ type: 'pause' });
      expect(made).toHaveLength(1);
      expect(heard).toHaveLength(1);
    });

    it('an error event or an error it reports stops it; restart brings a fresh one', () => {
      const { made, bridge, heard } = failing();
      let prevented = false;
      made[0].onerror!({ message: 'Uncaught boom', preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      expect(made[0].terminated).toBe(true);
      expect(heard).toEqual([{ type: 'error', message: 'Uncaught boom' }]);
      bridge.restart();
      expect(made).toHaveLength(2);
      made[1].onmessage!({ data: { type: 'error', message: 'async failure' } });
      expect(made[1].terminated).toBe(true);
      expect(heard.at(-1)).toEqual({ type: 'error', message: 'async failure' });
      bridge.send({ type: 'play' });
      expect(made[1].posted).toEqual([{ type: 'request-frame' }]);
    });

    it('the watchdog’s verdict stops it the same way', () => {
      const { made, bridge, heard } = failing();
      bridge.fail('it stopped answering');
      expect(made[0].terminated).toBe(true);
      expect(heard).toEqual([{ type: 'error', message: 'it stopped answering' }]);
    });
  });
});
