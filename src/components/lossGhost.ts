/**
 * The ghost of the last run: when a change of setting starts the run again, the loss chart keeps
 * the previous run's test loss faintly, named by the setting that changed, until dismissed.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { LossChartHandle } from '../charts/LossChart';
import { classifyChange, VIEW_KEYS } from '../config/changes';
import { COMPARE_KEYS, type PlaygroundConfig } from '../config/config';
import type { MessageKey } from '../i18n';
import { useStore } from '../store/store';
import type { T } from './useT';

/** The first setting (not a view setting) that differs, and its value before. */
export function changedSetting(prev: PlaygroundConfig, next: PlaygroundConfig): { key: keyof PlaygroundConfig; before: string } | null {
  for (const key of Object.keys(next) as (keyof PlaygroundConfig)[]) {
    if ((VIEW_KEYS as readonly string[]).includes(key)) continue;
    if (JSON.stringify(prev[key]) === JSON.stringify(next[key])) continue;
    const v = prev[key];
    // One activation for every layer reads as that one.
    const list: readonly unknown[] | null = Array.isArray(v) ? (key === 'activations' && new Set<unknown>(v).size === 1 ? v.slice(0, 1) : v) : null;
    return { key, before: list ? list.join(',') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v) };
  }
  return null;
}

function settingName(t: T, key: keyof PlaygroundConfig): string {
  if (key === 'activations') return t('compare.key.activation');
  if (key === 'resets') return t('run.reset');
  if ((COMPARE_KEYS as readonly string[]).includes(key)) return t(`compare.key.${key}` as MessageKey);
  return key;
}

export interface LossGhost {
  label: string | null;
  dismiss(): void;
  /** Called as the run starts again, before the chart is cleared. */
  onRestart(): void;
}

export function useLossGhost(chart: RefObject<LossChartHandle | null>, t: T): LossGhost {
  const pending = useRef<string | null>(null);
  const [label, setLabel] = useState<string | null>(null);
  useEffect(
    () =>
      useStore.subscribe((state, prev) => {
        if (state.config === prev.config) return;
        const kind = classifyChange(prev.config, state.config);
        if (kind !== 'rebuild' && kind !== 'reset') return;
        const changed = changedSetting(prev.config, state.config);
        if (changed) pending.current = t('ghost.label', { setting: settingName(t, changed.key), value: changed.before });
      }),
    [t],
  );
  const onRestart = useCallback(() => {
    const next = pending.current;
    pending.current = null;
    if (next !== null && chart.current?.keepGhost()) setLabel(next);
  }, [chart]);
  const dismiss = useCallback(() => {
    chart.current?.dropGhost();
    setLabel(null);
  }, [chart]);
  return { label, dismiss, onRestart };
}
