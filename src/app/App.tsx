import { useEffect } from 'react';
import { DataPanel } from '../components/DataPanel';
import { Drawer } from '../components/Drawer';
import { FeaturesPanel } from '../components/FeaturesPanel';
import { Header } from '../components/Header';
import { ClassroomKeys, LessonController, LessonIndexHost } from '../components/Lessons';
import { HyperBar } from '../components/HyperBar';
import { NetworkPanel } from '../components/NetworkPanel';
import { NotesStrip } from '../components/NotesStrip';
import { OutputPanel } from '../components/OutputPanel';
import { PanelBoundary } from '../components/PanelBoundary';
import { RunBar } from '../components/RunBar';
import { RunContext } from '../components/runContext';
import { TooltipLayer } from '../components/TooltipLayer';
import { UrlNotice } from '../components/UrlNotice';
import { useT } from '../components/useT';
import type { EmbedPart } from '../config/config';
import type { RunController } from '../store/runSync';
import { currentLink } from '../store/urlSync';
import { useStore } from '../store/store';

/**
 * One screen: the run bar and the notes on top; data, features, the network (the wide centre)
 * and the output with its loss curve below, side by side from 1024 px on; the less-used settings
 * and the views inside the network in a drawer over the left columns.
 * The run is connected outside React (main.tsx), so StrictMode's double effects never start a second worker.
 */
export function App({ run }: { run: RunController }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const classroom = useStore((s) => s.config.classroom);
  const embed = useStore((s) => s.config.embed);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  // Large type and thick lines for a projector (app.css, under .classroom).
  useEffect(() => {
    document.documentElement.classList.toggle('classroom', classroom);
  }, [classroom]);

  if (embed.length > 0) return <Embedded run={run} parts={embed} />;

  return (
    <RunContext.Provider value={run}>
      <TooltipLayer />
      <LessonController />
      <ClassroomKeys />
      <LessonIndexHost />
      <Header />
      <UrlNotice />
      {/* Three landmarks in one bar; on a phone or tablet only the run section stays stuck to the top. */}
      <div className="control-bar">
        <section className="run-section" aria-label={t('run.toolbar')}>
          <RunBar />
        </section>
        <section className="hyper-section" aria-label={t('run.hyperParameters')}>
          <HyperBar />
        </section>
        <section className="notes-section" aria-label={t('notes.label')}>
          <NotesStrip />
        </section>
      </div>
      <main className="workspace">
        <PanelBoundary name={t('data.title')}>
          <DataPanel />
        </PanelBoundary>
        <PanelBoundary name={t('features.title')}>
          <FeaturesPanel />
        </PanelBoundary>
        <PanelBoundary name={t('network.hiddenLayers')}>
          <NetworkPanel />
        </PanelBoundary>
        <PanelBoundary name={t('output.title')}>
          <OutputPanel />
        </PanelBoundary>
      </main>
      <Drawer />
    </RunContext.Provider>
  );
}

/**
 * The page in a course's `<iframe>` (`embed=play,output`): only the parts the link names, in
 * their order on the full page, and a link that opens the whole playground in a new tab.
 */
function Embedded({ run, parts }: { run: RunController; parts: readonly EmbedPart[] }) {
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
