import { useT } from '@/lib/i18n/use-t';

export function EmptyState() {
  const { t } = useT();
  return (
    <div className="state state--empty" role="status">
      <p className="state__title">{t.emptyTitle}</p>
      <p className="state__body">{t.emptyBody}</p>
    </div>
  );
}
