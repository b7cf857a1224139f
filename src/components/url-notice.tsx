import { Fragment, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { matchViewRoute } from '@/lib/url-state/routes';
import { parseView, type UrlIssue } from '@/lib/url-state/view-state';
import { urlNoticeMessages } from './url-notice-messages';
import './url-notice.css';

const MAX_SHOWN = 6;
const MAX_CHARS = 40;

const shorten = (text: string) => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text);

/**
 * Links to the dashboard are forwarded and edited by hand. When one holds a setting the page does not
 * know, or a value it cannot read, the page shows its default and says so here, politely, naming what it
 * left out; the address is then cleaned (replaced, not a new page), so copying it again gives a clean
 * link. Old links are migrated on the way (src/lib/url-state/migrations.ts) without a word: they work.
 * Pages outside the registry (src/lib/url-state/routes.ts) are left alone.
 */
export function UrlNotice() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const m = useMessages(urlNoticeMessages);
  const lang = useLang();
  const [notice, setNotice] = useState<{ pathname: string; issues: UrlIssue[] } | null>(null);

  useEffect(() => {
    const route = matchViewRoute(pathname);
    const parsed = route ? parseView(route, new URLSearchParams(search)) : null;
    // Kept while the page stays (the cleaned address has no issues left), gone on another page.
    setNotice((previous) =>
      parsed && parsed.issues.length > 0 ? { pathname, issues: parsed.issues } : previous?.pathname === pathname ? previous : null,
    );
    if (parsed?.changed) {
      const next = parsed.cleaned.toString();
      void navigate({ pathname, search: next ? `?${next}` : '', hash }, { replace: true, preventScrollReset: true });
    }
  }, [pathname, search, hash, navigate]);

  // Only the registry's pages get a live region: staff pages keep theirs unambiguous.
  if (matchViewRoute(pathname) === null) return null;
  const shown = notice && notice.pathname === pathname ? notice.issues : [];
  const dismiss = () => {
    setNotice(null);
    // The button goes away with the notice: keep the keyboard in the page, not lost at the top.
    document.getElementById('main')?.focus();
  };

  return (
    <div role="status" className="url-notice-region">
      {shown.length > 0 ? (
        <div className="url-notice notice notice--warn">
          <p className="url-notice__text">
            {m.lead}{' '}
            {shown.slice(0, MAX_SHOWN).map((issue, i) => (
              <Fragment key={`${issue.key}=${issue.raw}:${i}`}>
                {i > 0 ? ', ' : null}
                <span className="url-notice__item">{shorten(`${issue.key}=${issue.raw}`)}</span>
              </Fragment>
            ))}
            {shown.length > MAX_SHOWN ? ` ${m.more(formatNumber(shown.length - MAX_SHOWN, lang))}` : null}.
          </p>
          <button type="button" className="button button--quiet" aria-label={m.dismissLabel} onClick={dismiss}>
            {m.dismiss}
          </button>
        </div>
      ) : null}
    </div>
  );
}
