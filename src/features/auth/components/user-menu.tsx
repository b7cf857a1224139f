import { Link, useLocation } from 'react-router';
import { accessFor, allows } from '../../../../contract/access-policy';
import { ApiError } from '@/lib/api-client';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { useMe } from '../api/get-me';
import { useLogout } from '../api/logout';
import { SIGN_IN_PATH, signInPath } from '../utils/sign-in-path';

const ADMIN_HOME = '/admin/impor';

function withoutLang(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('lang');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Signing out of a session that had already ended is still signed out. */
const sessionEnded = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * The header's account corner. Visitors see one quiet "Masuk" link and nothing else, so the public
 * dashboard looks as it always did; staff see their name, the admin page when the access table lets
 * them in, and "Keluar".
 */
export function UserMenu() {
  const { t, lang } = useT();
  const { pathname, search } = useLocation();
  const { data } = useMe();
  const logout = useLogout();

  if (!data) return null;
  const { user, csrfToken } = data;
  if (!user) {
    if (pathname === SIGN_IN_PATH) return null;
    return (
      <Link className="header-link" to={signInPath(`${pathname}${withoutLang(search)}`, lang)}>
        {t.auth.signInLink}
      </Link>
    );
  }

  const showAdmin = pathname !== ADMIN_HOME && allows(user.role, accessFor('GET', ADMIN_HOME) ?? 'admin');
  const signOut = () => logout.mutate({ csrfToken });

  return (
    <nav className="user-menu" aria-label={t.auth.accountLabel}>
      <p className="user-menu__name">{t.auth.signedInAs(user.displayName, t.auth.roles[user.role])}</p>
      {showAdmin ? (
        <Link className="header-link" to={localizedTo(ADMIN_HOME, lang)}>
          {t.auth.adminLink}
        </Link>
      ) : null}
      <button type="button" className="header-link header-link--button" onClick={signOut} disabled={logout.isPending}>
        {logout.isPending ? t.auth.signingOut : t.auth.signOut}
      </button>
      {logout.isError && !sessionEnded(logout.error) ? (
        <p className="user-menu__error" role="alert">
          {t.auth.signOutFailed}
        </p>
      ) : null}
    </nav>
  );
}
