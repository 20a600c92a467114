import { useEffect } from 'react';
import { DataPanel } from '../components/DataPanel';
import { FeaturesPanel } from '../components/FeaturesPanel';
import { Header } from '../components/Header';
import { HyperBar } from '../components/HyperBar';
import { LessonNotes } from '../components/LessonNotes';
import { NetworkPanel } from '../components/NetworkPanel';
import { OutputPanel } from '../components/OutputPanel';
import { RunBar } from '../components/RunBar';
import { RunContext } from '../components/runContext';
import { StatusLine } from '../components/StatusLine';
import { TeachingPanel } from '../components/TeachingPanel';
import { TrainingPanel } from '../components/TrainingPanel';
import { UrlNotice } from '../components/UrlNotice';
import type { RunController } from '../store/runSync';
import { useStore } from '../store/store';

/** The run is connected outside React (main.tsx), so StrictMode's double effects never start a second worker. */
export function App({ run }: { run: RunController }) {
  const lang = useStore((s) => s.lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <RunContext.Provider value={run}>
      <Header />
      <UrlNotice />
      <div className="top-bar">
        <RunBar />
        <StatusLine />
      </div>
      <HyperBar />
      <LessonNotes />
      <main className="columns">
        <DataPanel />
        <FeaturesPanel />
        <NetworkPanel />
        <OutputPanel />
      </main>
      <div className="lower">
        <TrainingPanel />
        <TeachingPanel />
      </div>
    </RunContext.Provider>
  );
}
