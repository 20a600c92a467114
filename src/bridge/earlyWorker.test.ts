import { afterEach, describe, expect, it } from 'vitest';
import { decodeHash } from '../url';
import { EARLY_WORKER_GLOBAL, earlyWorkerScript, takeEarlyWorker } from './earlyWorker';

/** Stands in for the browser's Worker: records how it was made and lets the test speak for it. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.made.push(this);
    this.addEventListener('message', (e) => this.onmessage?.(e as MessageEvent));
    this.addEventListener('error', (e) => this.onerror?.(e));
  }
  say(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  /** The worker's script throws: an error event, cancelled if its handler says so. */
  crash(message: string): boolean {
    const event = new TestErrorEvent('error', { message, cancelable: true });
    this.onerror?.(event);
    return event.defaultPrevented;
  }
  terminate() {
    this.terminated = true;
  }
}

/** Node has no ErrorEvent; the browser's carries a message, and so does this one. */
class TestErrorEvent extends Event {
  readonly message: string;
  constructor(type: string, init: EventInit & { message?: string }) {
    super(type, init);
    this.message = init.message ?? '';
  }
}

const scope = globalThis as unknown as Record<string, unknown>;

/** Runs index.html's script with `hash` as the address's hash. */
function runHeadScript(hash: string) {
  const run = new Function('Worker', 'location', 'window', earlyWorkerScript('./assets/training.worker-abc.js'));
  run(FakeWorker, { hash }, scope);
}

describe('the worker index.html starts', () => {
  afterEach(() => {
    delete scope[EARLY_WORKER_GLOBAL];
    FakeWorker.made = [];
  });

  it('is started by the head script with the link as its name, and keeps what it says until adopted', async () => {
    const hash = '#dataset=xor&networkShape=3';
    runHeadScript(hash);
    const worker = FakeWorker.made[0];
    expect(worker.url).toBe('./assets/training.worker-abc.js');
    expect(worker.options).toEqual({ type: 'module', name: hash });
    worker.say('data');
    worker.say('frame 1');

    const adopted = takeEarlyWorker({ type: 'configure', config: decodeHash(hash).config });
    expect(adopted).toBe(worker);
    const heard: unknown[] = [];
    adopted!.onmessage = (e) => heard.push(e.data);
    await Promise.resolve();
    expect(heard).toEqual(['data', 'frame 1']);
    // Taken once only.
    expect(takeEarlyWorker({ type: 'configure', config: decodeHash(hash).config })).toBeNull();
  });

  it('a bare address starts it on the defaults', () => {
    runHeadScript('');
    expect(FakeWorker.made[0].options.name).toBe('#');
    expect(takeEarlyWorker({ type: 'configure', config: decodeHash('').config })).toBe(FakeWorker.made[0]);
  });

  it('is stopped, not adopted, when the page arrives at another configuration', () => {
    runHeadScript('#dataset=xor');
    const other = { ...decodeHash('#dataset=xor').config, learningRate: 0.3 };
    expect(takeEarlyWorker({ type: 'configure', config: other })).toBeNull();
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(scope[EARLY_WORKER_GLOBAL]).toBeUndefined();
  });

  it('without one, there is nothing to take', () => {
    expect(takeEarlyWorker({ type: 'play' })).toBeNull();
  });

  it('cancels an error from the moment it exists (never an uncaught page error) and hands it to the page with the rest', async () => {
    scope.ErrorEvent ??= TestErrorEvent;
    const hash = '#dataset=xor';
    runHeadScript(hash);
    const worker = FakeWorker.made[0];
    worker.say('data');
    expect(worker.crash('simulated crash')).toBe(true);
    const adopted = takeEarlyWorker({ type: 'configure', config: decodeHash(hash).config })!;
    const heard: string[] = [];
    adopted.onmessage = (e) => heard.push(`message ${e.data}`);
    adopted.onerror = (e) => heard.push(`error ${(e as ErrorEvent).message}`);
    await Promise.resolve();
    expect(heard).toEqual(['message data', 'error simulated crash']);
  });
});
