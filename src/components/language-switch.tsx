import { Link, useLocation, useSearchParams } from 'react-router';
import { useT } from '@/lib/i18n/use-t';
import { LANGS } from '@/lib/i18n/lang';
import { writeParam } from '@/lib/url-state/param';
import { langParam } from '@/lib/url-state/params';

/** Links, not buttons: each language is an address that can be shared. */
export function LanguageSwitch() {
  const { t, lang } = useT();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  return (
    <nav className="lang-switch" aria-label={t.languageLabel}>
      <ul role="list">
        {LANGS.map((option) => {
          const search = writeParam(langParam, params, option).toString();
          return (
            <li key={option}>
              <Link
                to={{ pathname, search: search ? `?${search}` : '' }}
                lang={option}
                hrefLang={option}
                aria-current={option === lang ? 'true' : undefined}
                replace
                preventScrollReset
              >
                {t.languageNames[option]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
