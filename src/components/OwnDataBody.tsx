/**
 * The body of "Your own data" (loaded when the section opens): import a CSV (picker, paste, or a
 * file dropped on the page), export the data on screen as CSV, the model out as a file or a
 * script, and pictures. An import that fails says why, line by line, and changes nothing.
 */
import { lazy, Suspense, useCallback, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAX_LINK_POINTS } from '../config/customData';
import { OWN_DATA_WORDS, type OwnDataWordKey } from '../i18n/ownDataWords';
import { currentDataCsv, importCsvFile, importCsvText, loadModelText, modelFileOf, useOwnData, type UiMessage } from '../store/ownData';
import { useStore } from '../store/store';
import { download } from './download';
import { useRun } from './runContext';
import { useWords } from './useWords';
import './ownData.css';

/** A button-like label for a hidden file input: picking a file hands it on. */
function FileButton({ label, accept, testId, onFile }: { label: string; accept: string; testId: string; onFile(file: File): void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="text-button file-button">
        {label}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) reads it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

function Messages({ messages, className }: { messages: readonly UiMessage[]; className: string }) {
  const t = useWords(OWN_DATA_WORDS);
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
  const t = useWords(OWN_DATA_WORDS);
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

/** What the folded section holds once it is opened (or an import error opens it). */
export default function OwnDataBody() {
  const t = useWords(OWN_DATA_WORDS);
  const pasteId = useId();
  const notes = useOwnData((s) => s.notes);
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');

  return (
    <>
      <div className="own-actions">
        <FileButton label={t('own.importCsv')} accept=".csv,.tsv,.txt,text/csv,text/plain" testId="csv-file" onFile={(file) => void importCsvFile(file)} />
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
    </>
  );
}

/** The script view loads when first opened: the first screen does not carry it. */
const CodeView = lazy(() => import('./CodeView'));

/** The model out: as a script (and, below, as a file). */
export function ModelTools() {
  const t = useWords(OWN_DATA_WORDS);
  const run = useRun();
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
        <FileButton
          label={t('model.load')}
          accept=".json,application/json"
          testId="model-file"
          onFile={(file) => void file.text().then((text) => loadModelText(run, text), () => loadModelText(run, ''))}
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
  const t = useWords(OWN_DATA_WORDS);
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

/** The three pictures: what each button finds on the page, and how it saves it. */
async function savePicture(kind: 'plot' | 'diagram' | 'loss', t: ReturnType<typeof useWords<OwnDataWordKey>>): Promise<void> {
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
  const t = useWords(OWN_DATA_WORDS);
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
