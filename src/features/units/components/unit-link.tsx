import { Link } from 'react-router';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useLang } from '@/lib/i18n/use-t';
import { scopePath, type ScopeRef } from '../models/scope';

/** A unit's or kecamatan's name as the link to its drill-down page (keeping ?lang). */
export function ScopeLink({ scope, children }: { scope: ScopeRef; children: string }) {
  const lang = useLang();
  return (
    <Link className="scope-link" to={localizedTo(scopePath(scope), lang)}>
      {children}
    </Link>
  );
}
