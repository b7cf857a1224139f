import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { PrintHeader } from '@/components/print-header';
import { UrlNotice } from '@/components/url-notice';
import { ExportInfoContext } from '@/lib/export/png-context';
import { useT } from '@/lib/i18n/use-t';
import { useSummary } from '@/features/summary/api/get-summary';
import { DataStatus } from '@/features/summary/components/data-status';
import { UserMenu } from '@/features/auth/components/user-menu';
import { SiteNav } from './site-nav';
import { ViewToolbar } from './view-toolbar';

export function AppLayout() {
  const { t, lang } = useT();
  // The data stamp every export (PNG, print) draws in; shared components get it through context.
  const summary = useSummary();

  // The language lives in the URL; keep <html lang> and the tab title in step for screen readers.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.documentTitle;
  }, [lang, t]);

  return (
    <ExportInfoContext value={summary.data ?? null}>
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
      <PrintHeader />
      <main id="main" className="site-main" tabIndex={-1}>
        <UrlNotice />
        <ViewToolbar />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t.footerSource}</p>
        <p>{t.footerPrivacy}</p>
      </footer>
    </ExportInfoContext>
  );
}
