import { useT } from '@/lib/i18n/use-t';

/** Shown instead of the layout when rendering itself fails; keeps the landmarks and one h1. */
export function RouteError() {
  const { t } = useT();
  return (
    <main id="main" className="site-main">
      <section className="message-page" aria-labelledby="app-error-title">
        <h1 id="app-error-title">{t.appErrorTitle}</h1>
        <p>{t.appErrorBody}</p>
        <a className="button button--primary" href="/">
          {t.notFoundBack}
        </a>
      </section>
    </main>
  );
}
