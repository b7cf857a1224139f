import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDateTimeWib } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useExportInfo } from '@/lib/export/png-context';
import { exportMessages } from '@/lib/export/png-messages';
import { pageTitleFromDom } from '@/lib/export/png-page-title';
import { asOfText, printMarginCss } from '@/lib/export/png-text';
import { PRINTING_CLASS, printPage } from './print-button';

/**
 * The heading of a printed page (hidden on screen; src/app/print.css shows it): product and page name, the data
 * stamp and the print time, plus the page margins' text. Page name and time are taken when printing starts
 * (`beforeprint`, or print media being switched on), so they say what is printed and when; then too the page
 * switches to its printed layout (`html.is-printing`, see src/app/print.css).
 */
export function PrintHeader() {
  const { t, lang } = useT();
  const m = useMessages(exportMessages);
  const info = useExportInfo();
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const [page, setPage] = useState('');

  useEffect(() => {
    const root = document.documentElement;
    // Printing lays the page out right after the event: render now, not on the next frame.
    const start = () => {
      root.classList.add(PRINTING_CLASS);
      flushSync(() => {
        setPrintedAt(new Date());
        setPage(pageTitleFromDom(document));
      });
    };
    const end = () => root.classList.remove(PRINTING_CLASS);
    const print = window.matchMedia?.('print');
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    // Ctrl+P / Cmd+P goes through the print button's path, so the charts redraw at the paper's width first.
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        void printPage();
      }
    };
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    window.addEventListener('keydown', onKey);
    print?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      window.removeEventListener('keydown', onKey);
      print?.removeEventListener?.('change', onMedia);
    };
  }, []);

  const when = formatDateTimeWib(printedAt.toISOString(), lang);
  return (
    <div className="print-header" hidden>
      <p className="print-header__title">{page ? `${t.productName} · ${page}` : t.productName}</p>
      <p className="print-header__meta">
        {asOfText(info, undefined, lang)}
        {info?.isDemo ? <strong className="print-header__demo"> · {t.demoBadge}: {t.demoBadgeHint}</strong> : null}
      </p>
      <p className="print-header__meta">{m.printedAt(when)}</p>
      <style>{printMarginCss(lang, printedAt)}</style>
    </div>
  );
}
