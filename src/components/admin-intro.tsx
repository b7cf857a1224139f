import { Link } from 'react-router';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';

/**
 * The head of an admin page: a link back to the dashboard, the page's title and what it is for, and (when
 * the page reports saved changes) a polite status line that is hidden while empty.
 */
export function AdminIntro({ title, intro, notice, className }: { title: string; intro: string; notice?: string; className?: string }) {
  const { t, lang } = useT();
  return (
    <div className={className ? `admin-intro ${className}` : 'admin-intro'}>
      <p className="admin__back">
        <Link to={localizedTo('/', lang)}>← {t.notFoundBack}</Link>
      </p>
      <h2 className="admin__title">{title}</h2>
      <p className="admin__lead">{intro}</p>
      {notice !== undefined ? (
        <p role="status" className={notice ? 'notice notice--ok' : 'visually-hidden'}>
          {notice}
        </p>
      ) : null}
    </div>
  );
}
