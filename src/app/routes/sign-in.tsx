import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { nextInLang, safeNextPath } from '@/features/auth/utils/sign-in-path';
import { Skeleton } from '@/components/skeleton';
import { useT } from '@/lib/i18n/use-t';

/** `/masuk?next=/admin/impor`: signs in, then goes back to where the person was going. */
export function SignInRoute() {
  const { t, lang } = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = nextInLang(safeNextPath(params.get('next')), lang);
  const { data, isPending } = useMe();

  return (
    <section className="message-page auth-card" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t.auth.signInTitle}</h2>
      {data?.user ? (
        <>
          <p>{t.auth.alreadySignedIn(data.user.displayName)}</p>
          <Link className="button button--primary" to={next}>
            {t.auth.continueTo}
          </Link>
        </>
      ) : isPending ? (
        <Skeleton lines={3} />
      ) : (
        <>
          <p className="auth-card__intro">{t.auth.signInIntro}</p>
          <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
        </>
      )}
    </section>
  );
}
