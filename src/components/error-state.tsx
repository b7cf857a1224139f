import { useT } from '@/lib/i18n/use-t';

export function ErrorState({ onRetry }: { onRetry: () => void }) {
  const { t } = useT();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t.errorTitle}</p>
      <p className="state__body">{t.errorBody}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
