import { useStore } from '../store/store';
import { useT } from './useT';

/** A new version has been installed beside the open page; it replaces it only when the learner says so. */
export function UpdateNotice() {
  const t = useT();
  const apply = useStore((s) => s.updateReady);
  const dismiss = useStore((s) => s.setUpdateReady);
  if (!apply) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span>{t('update.ready')}</span>
      <button type="button" className="text-button small primary" onClick={apply}>
        {t('update.reload')}
      </button>
      <button type="button" className="text-button small" onClick={() => dismiss(null)}>
        {t('update.later')}
      </button>
    </div>
  );
}
