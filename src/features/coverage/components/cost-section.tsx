import { StatCard } from '@/components/stat-card';
import { formatNumber, formatRupiah } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useSummary } from '@/features/summary/api/get-summary';
import { coverageMessages } from '../messages';
import { costToTarget } from '../models/coverage-model';
import { QueryPanel } from '@/components/query-panel';

/** What reaching the target adds a year: the workers still to register × the monthly contribution × 12. */
export function CostSection() {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const query = useSummary();
  return (
    <QueryPanel title={m.costTitle} headingLevel={3} query={query} asOfDate={query.data?.asOfDate} isEmpty={(s) => s.target === 0} className="coverage-cost">
      {(s) => {
        const cost = costToTarget(s);
        const n = (v: number) => formatNumber(v, lang);
        const amount = formatRupiah(cost.monthlyContribution, lang);
        return (
          <div className="coverage-cost__body">
            {cost.reached ? (
              <p className="caption">{m.reached(n(cost.registered), n(cost.target))}</p>
            ) : (
              <>
                <ul className="coverage-cost__cards" role="list">
                  <li>
                    <StatCard label={m.remainingLabel} value={m.workers(n(cost.remaining))} />
                  </li>
                  <li>
                    <StatCard label={m.perMonthLabel} value={formatRupiah(cost.perMonth, lang)} />
                  </li>
                  <li>
                    <StatCard label={m.perYearLabel} value={formatRupiah(cost.perYear, lang)} />
                  </li>
                </ul>
                <p className="caption">{m.costFormula(n(cost.remaining), amount, formatRupiah(cost.perYear, lang))}</p>
              </>
            )}
            <p className="chart-note">{m.targetCost(n(cost.target), amount, formatRupiah(cost.targetPerYear, lang))}</p>
          </div>
        );
      }}
    </QueryPanel>
  );
}
