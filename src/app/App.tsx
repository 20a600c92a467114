import { useEffect, useState } from 'react';
import { DataPanel } from '../components/DataPanel';
import { FeaturesPanel } from '../components/FeaturesPanel';
import { Header } from '../components/Header';
import { NetworkPanel } from '../components/NetworkPanel';
import { OutputPanel } from '../components/OutputPanel';
import { RunBar } from '../components/RunBar';
import { RunContext } from '../components/runContext';
import { StatusLine } from '../components/StatusLine';
import { TeachingPanel } from '../components/TeachingPanel';
import { TrainingPanel } from '../components/TrainingPanel';
import { UrlNotice } from '../components/UrlNotice';
import { connectRun, type RunController } from '../store/runSync';
import { MAIN_RUN, useStore } from '../store/store';

export function App() {
  const [run, setRun] = useState<RunController | null>(null);
  const lang = useStore((s) => s.lang);

  useEffect(() => {
    const controller = connectRun(MAIN_RUN);
    setRun(controller);
    return () => controller.dispose();
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  if (!run) return null;
  return (
    <RunContext.Provider value={run}>
      <Header />
      <UrlNotice />
      <div className="top-bar">
        <RunBar />
        <StatusLine />
      </div>
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
