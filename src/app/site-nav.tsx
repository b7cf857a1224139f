import { NavLink } from 'react-router';
import { accessFor, allows } from '../../contract/access-policy';
import { useMe } from '@/features/auth/api/get-me';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { appMessages } from './app-messages';
import './nav.css';

interface NavItem {
  to: string;
  label: string;
  /** Only an exact match marks the overview as current; the rest also own their sub-pages. */
  end?: boolean;
}

function NavBar({ label, items, className }: { label: string; items: NavItem[]; className: string }) {
  const lang = useLang();
  return (
    <nav className={className} aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={localizedTo(item.to, lang)} end={item.end}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The public pages, for everyone. NavLink marks the current one with aria-current="page". */
export function SiteNav() {
  const m = useMessages(appMessages);
  const items: NavItem[] = [
    { to: '/', label: m.nav.overview, end: true },
    { to: '/peringkat', label: m.nav.race },
    { to: '/unit', label: m.nav.units },
    { to: '/cakupan', label: m.nav.coverage },
    // The deck for a projector or TV: full screen, outside this layout.
    { to: '/rapat', label: m.nav.meeting },
  ];
  return <NavBar label={m.navLabel} items={items} className="site-nav" />;
}

/** Tabs between the staff pages, shown above each of them. */
export function AdminNav() {
  const m = useMessages(appMessages);
  const items: NavItem[] = [
    { to: '/admin/impor', label: m.adminNav.imports },
    { to: '/admin/target', label: m.adminNav.targets },
    { to: '/admin/peristiwa', label: m.adminNav.events },
    { to: '/admin/tautan', label: m.adminNav.snapshots },
  ];
  // A tab only for whom the access table lets in.
  const role = useMe().data?.user?.role ?? null;
  const allowed = items.filter((item) => allows(role, accessFor('GET', item.to) ?? 'admin'));
  return <NavBar label={m.adminNavLabel} items={allowed} className="admin-nav" />;
}
