/**
 * Play, pause, step and reset for every run of a comparison at once, with the pace and the
 * stop-at epoch they share (the single view's PaceControls). The same buttons and test ids as
 * the single view's run bar (it is not on screen beside this one).
 */
import type { CompareController } from '../store/compareSync';
import { PaceControls } from './PaceControls';
import { RunButtons } from './RunButtons';
import { useT } from './useT';

export function CompareTransport({ controller, playing }: { controller: CompareController; playing: boolean }) {
  const t = useT();
  return (
    <div className="run-bar" role="toolbar" aria-label={t('run.toolbar')}>
      <RunButtons playing={playing} onReset={controller.reset} onTogglePlay={controller.togglePlay} onStep={controller.step} />
      <PaceControls />
    </div>
  );
}
