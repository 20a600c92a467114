import type { EmbedPart } from '../config/config';
import { DataPanel } from '../components/DataPanel';
import { FeaturesPanel } from '../components/FeaturesPanel';
import { NetworkPanel } from '../components/NetworkPanel';
import { NotesStrip } from '../components/NotesStrip';
import { OutputPanel } from '../components/OutputPanel';
import { PanelBoundary } from '../components/PanelBoundary';
import { RunBar } from '../components/RunBar';
import { RunContext } from '../components/runContext';
import { TooltipLayer } from '../components/TooltipLayer';
import { UrlNotice } from '../components/UrlNotice';
import { useT } from '../components/useT';
import type { RunController } from '../store/runSync';
import { currentLink } from '../store/urlSync';


/**
 * The page in a course's `<iframe>` (`embed=play,output`): only the parts the link names, in
 * their order on the full page, and a link that opens the whole playground in a new tab.
 */
export default function Embedded({ run, parts }: { run: RunController; parts: readonly EmbedPart[] }) {
  const t = useT();
  const has = (p: EmbedPart) => parts.includes(p);
  const full = (() => {
    const url = new URL(currentLink());
    url.hash = url.hash.replace(/(^#|&)embed=[^&]*/, '$1').replace(/&&+/g, '&');
    return url.toString();
  })();
  // The output panel holds the plot and the loss chart; a link may ask for either alone.
  const outputClass = has('output') && !has('loss') ? 'embed-no-loss' : !has('output') && has('loss') ? 'embed-only-loss' : '';
  return (
    <RunContext.Provider value={run}>
      <TooltipLayer />
      <UrlNotice />
      <div className={`embedded ${outputClass}`} data-testid="embedded" data-parts={parts.join(',')}>
        {has('play') && (
          <section className="run-section embed-run" aria-label={t('run.toolbar')}>
            <RunBar />
            <NotesStrip />
          </section>
        )}
        <main className="embed-parts">
          {has('data') && (
            <PanelBoundary name={t('data.title')}>
              <DataPanel />
            </PanelBoundary>
          )}
          {has('features') && (
            <PanelBoundary name={t('features.title')}>
              <FeaturesPanel />
            </PanelBoundary>
          )}
          {has('network') && (
            <PanelBoundary name={t('network.hiddenLayers')}>
              <NetworkPanel />
            </PanelBoundary>
          )}
          {(has('output') || has('loss')) && (
            <PanelBoundary name={t('output.title')}>
              <OutputPanel />
            </PanelBoundary>
          )}
        </main>
        <a className="embed-open-full" href={full} target="_blank" rel="noopener">
          {t('embed.openFull')}
        </a>
      </div>
    </RunContext.Provider>
  );
}
