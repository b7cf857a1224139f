import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { useT } from '@/lib/i18n/use-t';
import { DataStatus } from '@/features/summary/components/data-status';
import { UserMenu } from '@/features/auth/components/user-menu';
import { SiteNav } from './site-nav';

export function AppLayout() {
  const { t, lang } = useT();

  // The language lives in the URL; keep <html lang> and the tab title in step for screen readers.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.documentTitle;
  }, [lang, t]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="brand">
            <h1 className="brand__name">{t.productName}</h1>
            <p className="brand__subtitle">{t.subtitle}</p>
          </div>
          <div className="site-header__meta">
            <DataStatus />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
      </header>
      <div className="site-nav-bar">
        <SiteNav />
      </div>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t.footerSource}</p>
        <p>{t.footerPrivacy}</p>
      </footer>
    </>
  );
}
