/**
 * Opening a comparison: a preset in one click, the current settings over several seeds, or one
 * setting of the current ones with the values to compare. Loaded when first opened.
 */
import { useState } from 'react';
import { COMPARE_KEYS, type CompareKey } from '../config/config';
import { RANGES } from '../config/ranges';
import { parseCompare } from '../url/compare';
import { useStore, type ConfigSlice } from '../store/store';
import { COMPARE_WORDS } from '../i18n/compareWords';
import { useModalDialog } from './useModalDialog';
import { useWords } from './useWords';
import { PRESET_IDS, presetConfig } from './comparePresets';
import './compare.css';

const SEED_COUNTS = Array.from({ length: RANGES.seeds.max - RANGES.seeds.min + 1 }, (_, i) => RANGES.seeds.min + i);

type Go = (patch: Parameters<ConfigSlice['updateConfig']>[0]) => void;

export default function CompareMenu({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useWords(COMPARE_WORDS);
  const dialog = useModalDialog(open);

  const go: Go = (patch) => {
    useStore.getState().setCompareReturn(null);
    useStore.getState().updateConfig(patch);
    onClose();
  };

  return (
    <dialog ref={dialog} className="compare-menu" aria-labelledby="compare-menu-title" data-testid="compare-menu" onClose={onClose}>
      <div className="compare-menu-head">
        <h2 id="compare-menu-title">{t('compare.menuTitle')}</h2>
        <button type="button" className="icon-button small" aria-label={t('compare.close')} data-testid="compare-menu-close" onClick={onClose}>
          ×
        </button>
      </div>
      <h3>{t('compare.presets')}</h3>
      <ul className="compare-presets">
        {PRESET_IDS.map((id) => (
          <li key={id}>
            <button type="button" data-testid={`compare-preset-${id}`} onClick={() => go(presetConfig(id, useStore.getState().config))}>
              {t(`compare.preset.${id}`)}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('compare.seedsHeading')}</h3>
      <SeedsChoice go={go} />
      <h3>{t('compare.custom')}</h3>
      <CustomChoice go={go} />
    </dialog>
  );
}

/** The current settings over several seeds. */
function SeedsChoice({ go }: { go: Go }) {
  const t = useWords(COMPARE_WORDS);
  const [seeds, setSeeds] = useState(5);
  return (
    <div className="compare-menu-row">
      <label>
        <span>{t('compare.seedsCount')}</span>
        <select data-testid="compare-seeds-count" value={seeds} onChange={(e) => setSeeds(Number(e.target.value))}>
          {SEED_COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="compare-seeds-start" onClick={() => go({ compare: null, seeds })}>
        {t('compare.seedsStart', { count: seeds })}
      </button>
    </div>
  );
}

/** One setting and the values to compare, read as the URL's compare key reads them (and refused in its words). */
function CustomChoice({ go }: { go: Go }) {
  const t = useWords(COMPARE_WORDS);
  const [key, setKey] = useState<CompareKey>('activation');
  const [values, setValues] = useState('linear,relu');
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    const raw = `${key}:${values.replace(/\s+/g, '')}`;
    const parsed = parseCompare(raw, useStore.getState().config);
    if (!parsed.ok) {
      setError(t('compare.invalid', { reason: t(`url.reason.${parsed.reason}`) }));
      return;
    }
    setError(null);
    go({ compare: parsed.value, seeds: null });
  };
  return (
    <>
      <div className="compare-menu-row">
        <label>
          <span>{t('compare.setting')}</span>
          <select data-testid="compare-key" value={key} onChange={(e) => setKey(e.target.value as CompareKey)}>
            {COMPARE_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`compare.key.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('compare.values')}</span>
          <input data-testid="compare-values" value={values} onChange={(e) => setValues(e.target.value)} aria-invalid={error !== null} />
        </label>
        <button type="button" data-testid="compare-start" onClick={start}>
          {t('compare.start')}
        </button>
      </div>
      {error && (
        <p className="compare-error" role="alert" data-testid="compare-error">
          {error}
        </p>
      )}
    </>
  );
}
