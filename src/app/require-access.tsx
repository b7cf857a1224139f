import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { accessFor, allows } from '../../contract/access-policy';
import type { SessionUser } from '../../contract/auth';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { useMe } from '@/features/auth/api/get-me';
import { signedOutOnPurpose } from '@/features/auth/api/logout';
import { signInPath } from '@/features/auth/utils/sign-in-path';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { ForbiddenRoute } from './routes/forbidden';
import { AdminNav } from './site-nav';

export interface Session {
  user: SessionUser;
  csrfToken: string | null;
}

/**
 * Guards the pages below it with the one access table (contract/access-policy.ts): what a page needs is
 * looked up by its path, never written here. Visitors go to the sign-in page and come back; signed-in
 * staff without the role see a polite 403. The API enforces the same table, so this is for people, not
 * for security.
 */
export function RequireAccess() {
  const { t, lang } = useT();
  const { pathname, search } = useLocation();
  const access = accessFor('GET', pathname) ?? 'admin';
  const me = useMe();
  const queryClient = useQueryClient();
  // Someone who was on this page and pressed "Keluar" goes to the overview; a session that ran out, or a
  // visitor who never signed in, goes to the sign-in form and comes back.
  const sawUser = useRef(false);
  const signedIn = me.data?.user != null;
  useEffect(() => {
    if (signedIn) sawUser.current = true;
  }, [signedIn]);

  if (access === 'public') return <Outlet context={null} />;
  if (!me.data) {
    return me.isError && !me.isFetching ? (
      <ErrorState onRetry={() => void me.refetch()} />
    ) : (
      <div className="message-page">
        <p className="visually-hidden">{t.auth.checkingSession}</p>
        <Skeleton lines={3} />
      </div>
    );
  }
  const { user, csrfToken } = me.data;
  if (!user) {
    if (sawUser.current && signedOutOnPurpose(queryClient)) return <Navigate replace to={localizedTo('/', lang)} />;
    return <Navigate replace to={signInPath(`${pathname}${search}`, lang)} />;
  }
  if (!allows(user.role, access)) return <ForbiddenRoute user={user} />;
  return (
    <>
      {pathname.startsWith('/admin/') ? <AdminNav /> : null}
      <Outlet context={{ user, csrfToken } satisfies Session} />
    </>
  );
}

/** The signed-in user and CSRF token, for pages under a guarded route. */
export function useSession(): Session {
  const session = useOutletContext<Session | null>();
  if (!session) throw new Error('useSession() used outside a page that needs a sign-in');
  return session;
}
