/**
 * The loss landscape (Li et al., 2018): asked of the worker when the view opens and on the
 * refresh button, computed there at 41 × 41 over the run's training points, drawn here with the
 * path training took. Closed, nothing is asked or computed.
 */
import { useEffect, useRef, useState } from 'react';
import { drawLandscape, lossRange } from '../charts/landscapeChart';
import type { LossLandscapeMessage } from '../worker/protocol';
import { num } from './backpropSteps';
import { useRun } from './runContext';
import { INSIDE_WORDS } from '../i18n/insideWords';
import { useWords } from './useWords';

const SIZE = 41;
const PIXELS = 360;

export default function LossLandscapeView() {
  const t = useWords(INSIDE_WORDS);
  const run = useRun();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [seed, setSeed] = useState(1);
  const [asked, setAsked] = useState(0);
  const [landscape, setLandscape] = useState<LossLandscapeMessage | null>(null);
  const [waiting, setWaiting] = useState(true);
  const ask = (next: () => void) => {
    setWaiting(true);
    next();
  };

  useEffect(
    () =>
      run.hub.subscribe({
        landscape: (l) => {
          setLandscape(l);
          setWaiting(false);
        },
      }),
    [run],
  );
  useEffect(() => {
    run.lossLandscape(SIZE, seed);
  }, [run, seed, asked]);
  useEffect(() => {
    if (landscape && canvas.current) drawLandscape(canvas.current, landscape, PIXELS);
  }, [landscape]);

  const range = landscape ? lossRange(landscape.losses) : null;
  const centre = landscape ? landscape.losses[((landscape.size - 1) / 2) * landscape.size + (landscape.size - 1) / 2] : null;
  return (
    <div data-testid="loss-landscape" className="landscape-view" data-ready={String(!waiting && landscape !== null)} data-center-loss={centre ?? ''} data-ms={landscape?.ms ?? ''}>
      <div className="view-row">
        <button type="button" className="text-button" data-testid="loss-landscape-refresh" onClick={() => ask(() => setAsked((a) => a + 1))}>
          {t('inside.landscape.refresh')}
        </button>
        <button type="button" className="text-button" onClick={() => ask(() => setSeed((s) => s + 1))}>
          {t('inside.landscape.newDirections')}
        </button>
        {waiting && (
          <span className="hint" data-testid="loss-landscape-waiting">
            {t('inside.landscape.computing')}
          </span>
        )}
      </div>
      <canvas
        ref={canvas}
        width={PIXELS}
        height={PIXELS}
        role="img"
        aria-label={range ? t('inside.landscape.description', { lo: num(range.lo), hi: num(range.hi) }) : t('inside.landscape.computing')}
      />
      {range && (
        <div className="landscape-legend" aria-hidden="true">
          <span>
            {t('inside.landscape.low')} {num(range.lo)}
          </span>
          <span className="landscape-scale" />
          <span>
            {t('inside.landscape.high')} {num(range.hi)}
          </span>
        </div>
      )}
      <p className="hint">{t('inside.landscape.axes')} (±{landscape ? num(landscape.extent) : '1'})</p>
      {landscape && <p className="hint">{t('inside.landscape.caption', { ms: Math.round(landscape.ms), epoch: landscape.epoch })}</p>}
    </div>
  );
}
