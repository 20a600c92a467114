import { useEffect } from 'react';
import { DataPanel } from '../components/DataPanel';
import { Drawer } from '../components/Drawer';
import { FeaturesPanel } from '../components/FeaturesPanel';
import { Header } from '../components/Header';
import { CompareReturn, CompareViewHost, useCompareOpen } from '../components/CompareButton';
import { LessonsOnDemand } from '../components/Lessons';
import { HyperBar } from '../components/HyperBar';
import { NetworkPanel } from '../components/NetworkPanel';
import { NotesStrip } from '../components/NotesStrip';
import { OutputPanel } from '../components/OutputPanel';
import { PanelBoundary } from '../components/PanelBoundary';
import { RunBar } from '../components/RunBar';
import { RunContext } from '../components/runContext';
import { TooltipLayer } from '../components/TooltipLayer';
import { UpdateNotice } from '../components/UpdateNotice';
import { UrlNotice } from '../components/UrlNotice';
import { useT } from '../components/useT';
import type { RunController } from '../store/runSync';
import { useStore } from '../store/store';
import Embedded from './Embedded';


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
  const comparing = useCompareOpen();

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
      <LessonsOnDemand />
      <UpdateNotice />
      <Header />
      <UrlNotice />
      {comparing ? <CompareViewHost /> : <SingleView />}
      <Drawer />
    </RunContext.Provider>
  );
}

/** The one run: its bar, its notes and its panels. */
function SingleView() {
  const t = useT();
  return (
    <>
      <CompareReturn />
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
    </>
  );
}

