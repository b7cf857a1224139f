import { Link } from 'react-router';
import { useT } from '@/lib/i18n/use-t';

export function NotFoundRoute() {
  const { t, lang } = useT();
  return (
    <section className="message-page" aria-labelledby="not-found-title">
      <p className="message-page__code" aria-hidden="true">
        404
      </p>
      <h2 id="not-found-title">{t.notFoundTitle}</h2>
      <p>{t.notFoundBody}</p>
      <Link className="button button--primary" to={{ pathname: '/', search: lang === 'id' ? '' : `?lang=${lang}` }}>
        {t.notFoundBack}
      </Link>
    </section>
  );
}
