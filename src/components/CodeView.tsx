/**
 * "Show as code": the run as a NumPy or a PyTorch script, with its data and initial weights,
 * comments in the page's language, and copy and download. Loaded when first opened (its module
 * builds the run's network on the main thread once, to read the initial weights).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { codeModel } from '../export/codeModel';
import { leftOutName } from '../export/comments';
import { NUMPY_FILE, numpyScript } from '../export/numpyScript';
import { PYTORCH_FILE, pytorchScript } from '../export/pytorchScript';
import { useStore } from '../store/store';
import { download } from './download';
import { useRun } from './runContext';
import { useLang } from './useT';
import { OWN_DATA_WORDS } from '../i18n/ownDataWords';
import { useWords } from './useWords';
import './ownData.css';

export type Flavour = 'numpy' | 'pytorch';

export default function CodeView({ onClose }: { onClose: () => void }) {
  const t = useWords(OWN_DATA_WORDS);
  const lang = useLang();
  // The configuration when the view opened: the script is of that run, and does not churn while it trains.
  const [config] = useState(() => useStore.getState().config);
  // After a model file, the run started from its weights, not the seed's: the script starts there too.
  const run = useRun();
  const [loaded] = useState(() => run.loadedStart());
  const [flavour, setFlavour] = useState<Flavour>('numpy');
  const [copied, setCopied] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const model = useMemo(() => codeModel(config, loaded), [config, loaded]);
  const text = useMemo(() => (flavour === 'numpy' ? numpyScript(model, lang) : pytorchScript(model, lang)), [model, flavour, lang]);

  useEffect(() => {
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (plain http): the text is selectable, and Download always works.
    }
  };

  return (
    <div className="code-overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialog} className="code-view" role="dialog" aria-modal="true" aria-labelledby="code-view-title" tabIndex={-1} data-testid="code-view" data-flavour={flavour}>
        <div className="code-head">
          <h2 id="code-view-title">{t('code.title')}</h2>
          <div className="code-flavours" role="group">
            {(['numpy', 'pytorch'] as const).map((f) => (
              <button key={f} type="button" aria-pressed={flavour === f} data-testid={`code-flavour-${f}`} onClick={() => setFlavour(f)}>
                {t(`code.${f}`)}
              </button>
            ))}
          </div>
          <div className="code-actions">
            <button type="button" data-testid="code-copy" onClick={() => void copy()}>
              {copied ? t('code.copied') : t('code.copy')}
            </button>
            <button type="button" data-testid="code-download" onClick={() => download(flavour === 'numpy' ? NUMPY_FILE : PYTORCH_FILE, text, 'text/x-python')}>
              {t('code.download')}
            </button>
            <button type="button" data-testid="code-close" onClick={onClose}>
              {t('code.close')}
            </button>
          </div>
        </div>
        <p className="code-note">{t('code.note')}</p>
        {model.leftOut.length > 0 && <p className="code-note code-differs">{t('code.differs', { what: model.leftOut.map((w) => leftOutName(lang, w)).join(', ') })}</p>}
        <pre className="code-text" data-testid="code-text" tabIndex={0}>
          <code>{text}</code>
        </pre>
      </div>
    </div>
  );
}
