/** Lists what the link said that could not be used; plain text only, never HTML from the URL. */
import { useStore } from '../store/store';
import { useT } from './useT';

export function UrlNotice() {
  const t = useT();
  const issues = useStore((s) => s.urlIssues);
  const leftOut = useStore((s) => s.urlIssuesLeftOut);
  const dismiss = useStore((s) => s.dismissUrlIssues);
  if (issues.length === 0) return null;
  return (
    <div className="url-notice" data-testid="url-notice" role="alert">
      <p>{t('url.notice')}</p>
      <ul>
        {issues.map((issue, k) => (
          <li key={k}>{t('url.issue', { key: issue.key, value: issue.value, reason: t(`url.reason.${issue.reason}`) })}</li>
        ))}
      </ul>
      {leftOut > 0 && <p data-testid="url-notice-more">{t('url.more', { count: leftOut })}</p>}
      <button type="button" onClick={dismiss}>
        {t('url.dismiss')}
      </button>
    </div>
  );
}
