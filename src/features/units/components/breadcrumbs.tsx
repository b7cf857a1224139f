import { Link } from 'react-router';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';

export interface Crumb {
  label: string;
  /** App path; the current page has none. */
  to?: string;
}

/** "Ringkasan › Unit kerja › Dinas Pendidikan": every link keeps ?lang; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const m = useMessages(unitsMessages);
  const lang = useLang();
  return (
    <nav className="crumbs" aria-label={m.breadcrumbLabel}>
      <ol>
        {items.map((item, i) => (
          <li key={`${i}-${item.label}`}>
            {item.to !== undefined && i < items.length - 1 ? (
              <Link to={localizedTo(item.to, lang)}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
