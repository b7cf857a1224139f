import { Link } from 'react-router';
import type { SessionUser } from '../../../contract/auth';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';

export function ForbiddenRoute({ user }: { user: SessionUser }) {
  const { t, lang } = useT();
  return (
    <section className="message-page" aria-labelledby="forbidden-title">
      <p className="message-page__code" aria-hidden="true">
        403
      </p>
      <h2 id="forbidden-title">{t.auth.forbiddenTitle}</h2>
      <p>{t.auth.forbiddenBody(user.displayName, t.auth.roles[user.role])}</p>
      <Link className="button button--primary" to={localizedTo('/', lang)}>
        {t.notFoundBack}
      </Link>
    </section>
  );
}
