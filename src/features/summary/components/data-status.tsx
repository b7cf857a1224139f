import { formatDateTimeWib } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { OfflineBadge } from '@/offline/offline-badge';
import { useSummary } from '../api/get-summary';

/** The demo badge and the data stamp in the page header; silent until the summary arrives. */
export function DataStatus() {
  const { t, lang } = useT();
  const { data } = useSummary();
  if (!data) {
    // Holds the stamp's place (its height: a badge's line), invisible and without text, so the header does not grow (and push the page down) when it arrives.
    return (
      <div className="data-status data-status--pending" aria-hidden="true">
        <p className="badge badge--demo">{'\u00a0'}</p>
        <p className="data-status__stamp">{'\u00a0'}</p>
      </div>
    );
  }
  return (
    <div className="data-status">
      {data.isDemo ? (
        <p className="badge badge--demo" title={t.demoBadgeHint}>
          {t.demoBadge}
          <span className="visually-hidden">: {t.demoBadgeHint}</span>
        </p>
      ) : null}
      <p className="data-status__stamp">
        {data.asOf ? t.dataAsOf(formatDateTimeWib(data.asOf, lang)) : t.noDataYet}
      </p>
      <OfflineBadge />
    </div>
  );
}
