import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { KecamatanRow, UnitRow } from '../../../../contract/breakdowns';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { useKecamatan } from '@/features/breakdowns/api/get-kecamatan';
import { useUnits } from '@/features/breakdowns/api/get-units';
import { formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { intervalParam, timeRangeParam } from '@/lib/url-state/params';
import { useScopeTimeseries } from '../api/get-scope-timeseries';
import { unitsMessages } from '../messages';
import { compareTo } from '../models/compare-url';
import { parseUnitId, scopePath, type ScopeRef } from '../models/scope';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { KecamatanUnits } from './kecamatan-units';
import { ScopeOccupationsSection } from './scope-occupations-section';
import { ScopeStats } from './scope-stats';
import { ScopeTrendSection } from './scope-trend-section';
import { useCampaignDates } from './use-campaign-dates';
import '../units.css';

/** /unit/:id — one work unit against its own target. */
export function UnitDetail({ rawId }: { rawId: string | undefined }) {
  const id = parseUnitId(rawId);
  const units = useUnits({ enabled: id !== null });
  if (id === null) return <ScopeNotFound kind="unit" raw={rawId ?? ''} />;
  if (units.data === undefined) return <Loading query={units} />;
  const row = units.data.rows.find((r) => r.id === id);
  if (!row) return <ScopeNotFound kind="unit" raw={rawId ?? ''} />;
  return <UnitPage row={row} />;
}

/** /kecamatan/:name — one kecamatan (all its units together), and the list of its units. */
export function KecamatanDetail({ name }: { name: string }) {
  const kecamatan = useKecamatan();
  if (kecamatan.data === undefined) return <Loading query={kecamatan} />;
  // Names as the API spells them; a link typed by hand in another case still finds its kecamatan.
  const row = kecamatan.data.rows.find((r) => r.name === name) ?? kecamatan.data.rows.find((r) => r.name.toLowerCase() === name.trim().toLowerCase());
  if (!row) return <ScopeNotFound kind="kecamatan" raw={name} />;
  return <KecamatanPage row={row} />;
}

function Loading({ query }: { query: { isError: boolean; isFetching: boolean; refetch: () => unknown } }) {
  return query.isError && !query.isFetching ? <ErrorState onRetry={() => void query.refetch()} /> : <Skeleton lines={6} height="20rem" />;
}

function UnitPage({ row }: { row: UnitRow }) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  const crumbs: Crumb[] = [{ label: m.crumbOverview, to: '/' }, { label: m.crumbUnits, to: '/unit' }, { label: row.name }];
  return (
    <ScopePage
      scope={{ kind: 'unit', id: row.id }}
      name={row.name}
      row={row}
      crumbs={crumbs}
      meta={
        <>
          <span>{t.unitKinds[row.kind]}</span>
          <span aria-hidden="true"> · </span>
          <Link to={localizedTo(scopePath({ kind: 'kecamatan', name: row.kecamatan }), lang)}>{m.inKecamatan(row.kecamatan)}</Link>
        </>
      }
      actions={
        <Link className="button button--secondary" to={compareTo([row.id], lang)}>
          {m.compareAction}
        </Link>
      }
    />
  );
}

function KecamatanPage({ row }: { row: KecamatanRow }) {
  const m = useMessages(unitsMessages);
  const lang = useT().lang;
  const title = m.kecamatanTitle(row.name);
  const crumbs: Crumb[] = [{ label: m.crumbOverview, to: '/' }, { label: title }];
  return (
    <ScopePage
      scope={{ kind: 'kecamatan', name: row.name }}
      name={title}
      row={row}
      crumbs={crumbs}
      meta={<span>{m.unitCount(formatNumber(row.unitCount, lang))}</span>}
    >
      <KecamatanUnits name={row.name} />
    </ScopePage>
  );
}

interface ScopePageProps {
  scope: ScopeRef;
  name: string;
  row: UnitRow | KecamatanRow;
  crumbs: Crumb[];
  meta: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

function ScopePage({ scope, name, row, crumbs, meta, actions, children }: ScopePageProps) {
  const [interval, setChartInterval] = useUrlParam(intervalParam);
  const [range, setRange] = useUrlParam(timeRangeParam);
  const { query: summary, dates, workersPerAsn } = useCampaignDates();
  const trend = useScopeTimeseries({ scope, interval });
  // Same request as the trend when it shows days.
  const daily = useScopeTimeseries({ scope, interval: 'day' });
  // Milestones are dated to the day from the daily series.
  const series = daily.data && daily.data.points.length > 0 ? { interval: daily.data.interval, points: daily.data.points } : undefined;

  return (
    <div className="scope-page">
      <Breadcrumbs items={crumbs} />
      <header className="scope-page__head">
        <div>
          <h2 className="scope-page__title">{name}</h2>
          <p className="scope-page__meta">{meta}</p>
        </div>
        {actions ? <div className="scope-page__actions">{actions}</div> : null}
      </header>
      {dates ? (
        <ScopeStats name={name} row={row} dates={dates} workersPerAsn={workersPerAsn} series={series} />
      ) : summary.data ? null : (
        <div className="panel">
          <Loading query={summary} />
        </div>
      )}
      <div className="scope-page__charts">
        <ScopeTrendSection
          name={name}
          query={trend}
          daily={daily.data}
          interval={interval}
          onIntervalChange={setChartInterval}
          range={range}
          onRangeChange={setRange}
        />
        <ScopeOccupationsSection scope={scope} name={name} />
      </div>
      {children}
    </div>
  );
}

function ScopeNotFound({ kind, raw }: { kind: ScopeRef['kind']; raw: string }) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  return (
    <section className="message-page" aria-labelledby="scope-not-found-title">
      <p className="message-page__code" aria-hidden="true">
        404
      </p>
      <h2 id="scope-not-found-title">{kind === 'unit' ? m.notFoundUnitTitle : m.notFoundKecamatanTitle}</h2>
      <p>{kind === 'unit' ? m.notFoundUnitBody(raw) : m.notFoundKecamatanBody(raw)}</p>
      <div className="scope-page__actions">
        <Link className="button button--primary" to={localizedTo('/unit', lang)}>
          {m.seeAllUnits}
        </Link>
        <Link className="button button--quiet" to={localizedTo('/', lang)}>
          {t.notFoundBack}
        </Link>
      </div>
    </section>
  );
}
