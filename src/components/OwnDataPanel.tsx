/**
 * The learner's own data, under the datasets: import a CSV (picker, paste, or a file dropped on
 * the page), export the data on screen as CSV, and go back to the dataset. An import that fails
 * says why, line by line, and changes nothing.
 */
import { lazy, Suspense, useCallback, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { UiMessage } from '../store/ownData';
import { currentDataCsv, importCsvFile, importCsvText, leaveCustomData, loadModelText, modelFileOf, useOwnData } from '../store/ownData';
import { useRun } from './runContext';
import { MAX_LINK_POINTS } from '../config/customData';
import { useStore } from '../store/store';
import { download } from './download';
import { useT } from './useT';

function Messages({ messages, className }: { messages: readonly UiMessage[]; className: string }) {
  const t = useT();
  return (
    <ul className={className}>
      {messages.map((m, i) => (
        <li key={i}>{t(m.key, m.params)}</li>
      ))}
    </ul>
  );
}

/** Shown while an import error stands: the hook `data-error` is on it, and only then. */
export function ImportError() {
  const t = useT();
  const { errors, set } = useOwnData(useShallow((s) => ({ errors: s.errors, set: s.set })));
  if (errors === null) return null;
  return (
    <div className="own-error" role="alert" data-testid="data-error" data-error="">
      <p>{t('own.errorTitle')}</p>
      <Messages messages={errors} className="own-messages" />
      <button type="button" className="text-button" onClick={() => set({ errors: null })}>
        {t('own.dismiss')}
      </button>
    </div>
  );
}

export function OwnDataPanel() {
  const t = useT();
  const inputId = useId();
  const pasteId = useId();
  const count = useStore((s) => s.config.customData?.x.length ?? null);
  const notes = useOwnData((s) => s.notes);
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');

  const errors = useOwnData((s) => s.errors);
  const [open, setOpen] = useState(false);

  return (
    <>
      {count !== null && (
        <p className="own-using" data-testid="own-using" data-count={count}>
          {t('own.using', { count })}{' '}
          <button type="button" className="text-button" data-testid="back-to-dataset" onClick={leaveCustomData}>
            {t('own.backToDataset')}
          </button>
        </p>
      )}
      {/* Folded by default, so the first screen keeps its one view; an import error opens it. */}
      <details className="own-data" data-testid="own-data" open={open || errors !== null} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary data-testid="own-data-toggle">{t('own.title')}</summary>
      <div className="own-actions">
        <label htmlFor={inputId} className="text-button file-button">
          {t('own.importCsv')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          data-testid="csv-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            e.target.value = '';
            if (file) void importCsvFile(file);
          }}
        />
        <button type="button" className="text-button" aria-expanded={pasting} data-testid="csv-paste-open" onClick={() => setPasting(!pasting)}>
          {t('own.paste')}
        </button>
        <button type="button" className="text-button" data-testid="csv-export" onClick={() => void currentDataCsv().then((csv) => download('data.csv', csv, 'text/csv'))}>
          {t('own.exportCsv')}
        </button>
      </div>
      {pasting && (
        <div className="own-paste">
          <label htmlFor={pasteId}>{t('own.pasteLabel')}</label>
          <textarea id={pasteId} rows={4} value={text} data-testid="csv-paste" onChange={(e) => setText(e.target.value)} />
          <button type="button" className="text-button" data-testid="csv-paste-apply" onClick={() => void importCsvText(text).then((ok) => ok && setPasting(false))}>
            {t('own.pasteApply')}
          </button>
        </div>
      )}
      <p className="hint">{t('own.dropHint')}</p>
      <ImportError />
      {notes.length > 0 && <Messages messages={notes} className="own-notes" />}
      <ModelTools />
      <PictureTools />
      </details>
    </>
  );
}

/** The script view loads when first opened: the first screen does not carry it. */
const CodeView = lazy(() => import('./CodeView'));

/** The model out: as a script (and, below, as a file). */
export function ModelTools() {
  const t = useT();
  const run = useRun();
  const modelId = useId();
  const [codeOpen, setCodeOpen] = useState(false);
  const closeCode = useCallback(() => setCodeOpen(false), []);
  return (
    <div className="own-model">
      <div className="own-actions">
        <button type="button" className="text-button" data-testid="code-view-open" onClick={() => setCodeOpen(true)}>
          {t('code.open')}
        </button>
        <button type="button" className="text-button" data-testid="model-save" onClick={() => void modelFileOf(run).then((text) => download('model.json', text, 'application/json'))}>
          {t('model.save')}
        </button>
        <label htmlFor={modelId} className="text-button file-button">
          {t('model.load')}
        </label>
        <input
          id={modelId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          data-testid="model-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void file.text().then((text) => loadModelText(run, text), () => loadModelText(run, ''));
          }}
        />
      </div>
      {codeOpen && (
        <Suspense
          fallback={
            <div className="code-overlay">
              <p className="code-view">{t('code.loading')}</p>
            </div>
          }
        >
          <CodeView onClose={closeCode} />
        </Suspense>
      )}
    </div>
  );
}

/** Too many points for a link: the copy-link button says so here and offers the CSV instead. */
export function LinkTooLarge({ onClose }: { onClose: () => void }) {
  const t = useT();
  const count = useStore((s) => s.config.customData?.x.length ?? 0);
  return (
    <div className="link-too-large" role="alert" data-testid="link-too-large">
      <p>{t('own.linkTooLarge', { count, max: MAX_LINK_POINTS })}</p>
      <button type="button" className="text-button" data-testid="link-too-large-csv" onClick={() => void currentDataCsv().then((csv) => download('data.csv', csv, 'text/csv'))}>
        {t('own.exportCsv')}
      </button>{' '}
      <button type="button" className="text-button" onClick={onClose}>
        {t('own.dismiss')}
      </button>
    </div>
  );
}

/** Whether the data on screen is too large for a link (the link then carries the dataset keys only). */
export const linkTooLarge = (): boolean => (useStore.getState().config.customData?.x.length ?? 0) > MAX_LINK_POINTS;

/** The three pictures: what each button finds on the page, and how it saves it. */
async function savePicture(kind: 'plot' | 'diagram' | 'loss', t: ReturnType<typeof useT>): Promise<void> {
  const { lossLegend, paintContainer, standaloneSvg } = await import('../charts/exportPicture');
  if (kind === 'loss') {
    const svg = document.querySelector<SVGSVGElement>('[data-testid="loss-chart"] svg.loss-svg');
    const names = { trainLoss: t('output.trainLoss'), testLoss: t('output.testLoss'), trainAccuracy: t('output.trainAccuracy'), testAccuracy: t('output.testAccuracy') };
    if (svg) download('loss.svg', standaloneSvg(svg, lossLegend(svg, names)), 'image/svg+xml');
    return;
  }
  const el = document.querySelector<HTMLElement>(kind === 'plot' ? '[data-testid="output-plot"]' : '[data-testid="network-diagram"]');
  if (!el) return;
  const canvas = paintContainer(el, 2);
  canvas.toBlob((blob) => blob && download(kind === 'plot' ? 'output.png' : 'network.png', blob));
}

export function PictureTools() {
  const t = useT();
  return (
    <div className="own-actions own-pictures">
      <button type="button" className="text-button" data-testid="picture-plot" onClick={() => void savePicture('plot', t)}>
        {t('picture.plot')}
      </button>
      <button type="button" className="text-button" data-testid="picture-diagram" onClick={() => void savePicture('diagram', t)}>
        {t('picture.diagram')}
      </button>
      <button type="button" className="text-button" data-testid="picture-loss" onClick={() => void savePicture('loss', t)}>
        {t('picture.loss')}
      </button>
    </div>
  );
}
