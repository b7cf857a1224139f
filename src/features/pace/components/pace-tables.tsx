import { DataTable } from '@/components/data-table';
import type { PaceRate } from '@/lib/analytics/pace';
import { projectReachDate } from '@/lib/analytics/projection';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { paceMessages } from '../messages';
import type { PaceModel } from '../pace-model';
import { formatPerWeek, projectionCell, WINDOW_ORDER } from './pace-format';
import '../pace.css';

/** The three rates behind the projected range, each with the date it reaches the target. */
export function RatesTable({ model, compact = false }: { model: PaceModel; compact?: boolean }) {
  const m = useMessages(paceMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const rows = WINDOW_ORDER.map((w) => model.rates[w]);
  const period = (r: PaceRate) => m.period(formatDate(r.from, lang), formatDate(r.to, lang), n(r.days));
  const reach = (rate: PaceRate) =>
    projectReachDate({ current: model.current, target: model.target, asOfDate: model.asOfDate, perDay: rate.perDay });
  return (
    <DataTable
      caption={compact ? m.ratesCaption : m.ratesDetailCaption}
      rows={rows}
      rowKey={(r) => r.window}
      columns={[
        {
          id: 'window',
          header: m.rateColumn,
          rowHeader: true,
          cell: (r) => (
            <>
              {m.windowTitle[r.window]}
              {r.window === 'last28' ? <span className="pace__tag">{m.likelyTag}</span> : null}
              {compact ? <span className="pace__period">{period(r)}</span> : null}
            </>
          ),
        },
        ...(compact ? [] : [{ id: 'period', header: m.periodColumn, cell: period }]),
        ...(compact ? [] : [{ id: 'registered', header: m.registeredColumn, cell: (r: PaceRate) => n(r.registered), align: 'end' as const }]),
        { id: 'perWeek', header: m.perWeekColumn, cell: (r) => formatPerWeek(r.perWeek, lang, m), align: 'end' },
        { id: 'reach', header: m.reachColumn, cell: (r) => projectionCell(reach(r), lang, m), align: 'end' },
      ]}
    />
  );
}

/** 25 / 50 / 75 / 100% (and past): when each was reached, or when it is expected at the 28-day pace. */
export function MilestonesTable({ model }: { model: PaceModel }) {
  const m = useMessages(paceMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  return (
    <DataTable
      caption={m.milestonesCaption}
      rows={model.milestones.milestones}
      rowKey={(r) => String(r.percent)}
      columns={[
        { id: 'milestone', header: m.milestoneColumn, cell: (r) => `${n(r.percent)}%`, rowHeader: true },
        { id: 'workers', header: m.workersColumn, cell: (r) => n(r.count), align: 'end' },
        {
          id: 'when',
          header: m.whenColumn,
          align: 'end',
          cell: (r) => {
            if (r.reached) return r.reachedOn ? m.reachedOn(formatDate(r.reachedOn, lang)) : m.reachDone;
            const p = projectReachDate({ current: model.current, target: r.count, asOfDate: model.asOfDate, perDay: model.rates.last28.perDay });
            return p.status === 'projected' ? m.expectedOn(formatDate(p.date, lang)) : projectionCell(p, lang, m);
          },
        },
      ]}
    />
  );
}
