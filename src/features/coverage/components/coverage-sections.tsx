import { lazy } from 'react';
import { Link } from 'react-router';
import type { Coverage } from '../../../../contract/coverage';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { StatCard } from '@/components/stat-card';
import { formatDate, formatMonth, formatNumber, formatPercent, formatRupiah } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { useSummary } from '@/features/summary/api/get-summary';
import { useCoverage } from '../api/get-coverage';
import { coverageMessages } from '../messages';
import { coverageHeadline, coveragePoints, peakLapses, type CoveragePoint } from '../models/coverage-model';
import { QueryPanel } from '@/components/query-panel';

const ActiveChart = lazy(() => import('./coverage-charts').then((m) => ({ default: m.ActiveChart })));
const LapsesChart = lazy(() => import('./coverage-charts').then((m) => ({ default: m.LapsesChart })));
const ContributionsChart = lazy(() => import('./coverage-charts').then((m) => ({ default: m.ContributionsChart })));

const noMonths = (c: Coverage) => c.months.length === 0;
const newestFirst = (c: Coverage) => [...coveragePoints(c)].reverse();

/** The page's heading, its point in one sentence, and the way back. */
export function CoverageIntro() {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const summary = useSummary();
  return (
    <header className="page-intro coverage-intro">
      <p className="page-intro__back">
        <Link to={localizedTo('/', lang)}>
          <span aria-hidden="true">← </span>
          {m.backToOverview}
        </Link>
      </p>
      <h2 className="page-intro__title">{m.pageTitle}</h2>
      <p className="page-intro__lead">{m.pageLead(formatRupiah(summary.data?.monthlyContribution ?? 16_800, lang))}</p>
    </header>
  );
}

/** Four figures for the meeting: protected now, stopped this month, ending soon, collected this month. */
export function NowSection() {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const query = useCoverage();
  return (
    <QueryPanel title={m.nowTitle} headingLevel={3} query={query} asOfDate={query.data?.asOfDate} isEmpty={noMonths} className="coverage-now">
      {(c) => {
        const head = coverageHeadline(coveragePoints(c))!;
        const { latest, previous } = head;
        const n = (v: number) => formatNumber(v, lang);
        return (
          <ul className="coverage-now__cards" role="list">
            <li>
              <StatCard label={m.activeNow} value={n(latest.active)} detail={m.activeNowDetail(n(latest.registered), formatPercent(latest.activeShare, lang))} />
            </li>
            <li>
              <StatCard
                label={m.lapsesThisMonth}
                value={n(latest.lapses)}
                detail={previous ? m.lapsesDetail(formatMonth(previous.month, lang), n(previous.lapses)) : undefined}
              />
            </li>
            <li>
              <StatCard label={m.expiringSoon} value={n(c.expiring.total)} detail={m.expiringDetail(formatDate(c.expiring.to, lang))} />
            </li>
            <li>
              <StatCard
                label={m.contributionsThisMonth}
                value={formatRupiah(latest.contributions, lang)}
                detail={m.contributionsDetail(formatDate(latest.countedOn, lang))}
              />
            </li>
          </ul>
        );
      }}
    </QueryPanel>
  );
}

function MonthCell({ point }: { point: CoveragePoint }) {
  const { lang } = useT();
  return <>{formatMonth(point.month, lang)}</>;
}

/** Ever registered against protected, month by month. */
export function ActiveSection() {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const query = useCoverage();
  return (
    <ChartFrame
      title={m.activeTitle}
      headingLevel={3}
      query={query}
      asOfDate={(c) => c.asOfDate}
      isEmpty={noMonths}
      className="coverage-active"
      summary={(c) => {
        const { latest } = coverageHeadline(coveragePoints(c))!;
        return (
          <p className="caption">
            {m.activeSummary(formatNumber(latest.active, lang), formatNumber(latest.registered, lang), formatPercent(latest.activeShare, lang), formatDate(latest.countedOn, lang))}
          </p>
        );
      }}
      chart={(c) => <ActiveChart coverage={c} />}
      table={(c) => (
        <>
          <DataTable
            caption={m.activeTableCaption}
            maxHeight="26rem"
            rows={newestFirst(c)}
            rowKey={(p) => p.month}
            columns={[
              { id: 'month', header: m.monthColumn, cell: (p) => <MonthCell point={p} />, rowHeader: true },
              { id: 'counted', header: m.countedOnColumn, cell: (p) => formatDate(p.countedOn, lang) },
              { id: 'registered', header: m.registeredColumn, cell: (p) => formatNumber(p.registered, lang), align: 'end' },
              { id: 'active', header: m.activeColumn, cell: (p) => formatNumber(p.active, lang), align: 'end' },
              { id: 'share', header: m.shareColumn, cell: (p) => formatPercent(p.activeShare, lang), align: 'end' },
            ]}
          />
          {c.asOfDate ? <p className="chart-note">{m.countedOnNote(formatDate(c.asOfDate, lang))}</p> : null}
        </>
      )}
    />
  );
}

/** Workers whose cover ended and was not renewed, per month. */
export function LapsesSection() {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const query = useCoverage();
  return (
    <ChartFrame
      title={m.lapsesTitle}
      headingLevel={3}
      query={query}
      asOfDate={(c) => c.asOfDate}
      isEmpty={noMonths}
      className="coverage-lapses"
      chartHeight="16rem"
      summary={(c) => {
        const points = coveragePoints(c);
        const peak = peakLapses(points);
        const total = coverageHeadline(points)!.totalLapses;
        return (
          <p className="caption">
            {peak ? m.lapsesSummary(formatNumber(total, lang), formatMonth(peak.month, lang), formatNumber(peak.lapses, lang)) : m.noLapses}
          </p>
        );
      }}
      chart={(c) => (
        <>
          <LapsesChart coverage={c} />
          <p className="chart-note">{m.lapsesNote}</p>
        </>
      )}
      table={(c) => (
        <DataTable
          caption={m.lapsesTableCaption}
          maxHeight="26rem"
          rows={newestFirst(c)}
          rowKey={(p) => p.month}
          columns={[
            { id: 'month', header: m.monthColumn, cell: (p) => <MonthCell point={p} />, rowHeader: true },
            { id: 'new', header: m.newColumn, cell: (p) => formatNumber(p.newRegistrations, lang), align: 'end' },
            { id: 'lapses', header: m.lapsesColumn, cell: (p) => formatNumber(p.lapses, lang), align: 'end' },
          ]}
        />
      )}
    />
  );
}

/** Rupiah collected per month: workers covered in the month x the monthly contribution. */
export function ContributionsSection() {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const query = useCoverage();
  return (
    <ChartFrame
      title={m.contributionsTitle}
      headingLevel={3}
      query={query}
      asOfDate={(c) => c.asOfDate}
      isEmpty={noMonths}
      className="coverage-contributions"
      chartHeight="16rem"
      summary={(c) => {
        const { latest, totalContributions } = coverageHeadline(coveragePoints(c))!;
        return (
          <p className="caption">
            {m.contributionsSummary(formatRupiah(totalContributions, lang), formatRupiah(latest.contributions, lang), formatDate(latest.countedOn, lang))}
          </p>
        );
      }}
      chart={(c) => (
        <>
          <ContributionsChart coverage={c} />
          <p className="chart-note">{m.contributionsNote(formatRupiah(c.monthlyContribution, lang))}</p>
        </>
      )}
      table={(c) => (
        <DataTable
          caption={m.contributionsTableCaption}
          maxHeight="26rem"
          rows={newestFirst(c)}
          rowKey={(p) => p.month}
          columns={[
            { id: 'month', header: m.monthColumn, cell: (p) => <MonthCell point={p} />, rowHeader: true },
            { id: 'covered', header: m.coveredInMonthColumn, cell: (p) => formatNumber(p.coveredInMonth, lang), align: 'end' },
            { id: 'contributions', header: m.contributionsColumn, cell: (p) => formatRupiah(p.contributions, lang), align: 'end' },
          ]}
        />
      )}
    />
  );
}
