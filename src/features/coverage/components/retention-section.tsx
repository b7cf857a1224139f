import { useId } from 'react';
import type { Coverage } from '../../../../contract/coverage';
import { ChartFrame } from '@/components/chart-frame';
import { SegmentedControl } from '@/components/segmented-control';
import { retentionColumns, retentionTable, type RetentionTable } from '@/lib/analytics/retention';
import { formatDate, formatMonth, formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { retentionColumnsParam } from '@/lib/url-state/params';
import { useCoverage } from '../api/get-coverage';
import { coverageMessages } from '../messages';
import { HEAT_THRESHOLDS, heatStep } from '../models/coverage-model';

const ALL_COLUMNS_UP_TO = 13;

const tableOf = (c: Coverage) => retentionTable(c.cohorts, c.asOfDate ?? c.months.at(-1)?.month ?? '1970-01-01');

/** Retention by registration cohort: a heatmap table of the share still protected, month registered × months since. */
export function RetentionSection() {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const query = useCoverage();
  const [columnsMode, setColumnsMode] = useUrlParam(retentionColumnsParam);
  const table = query.data ? tableOf(query.data) : null;
  const wide = table !== null && table.columns.length > ALL_COLUMNS_UP_TO;
  const columns = table ? retentionColumns(table, wide && columnsMode === 'ringkas' ? 3 : 1) : [];

  return (
    <ChartFrame
      title={m.retentionTitle}
      headingLevel={3}
      query={query}
      asOfDate={(c) => c.asOfDate}
      isEmpty={(c) => c.cohorts.length === 0}
      className="coverage-retention"
      controls={
        wide ? (
          <SegmentedControl
            legend={m.columnsLegend}
            value={columnsMode}
            options={[
              { value: 'ringkas', label: m.everyThreeMonths },
              { value: 'semua', label: m.everyMonth },
            ]}
            onChange={setColumnsMode}
          />
        ) : undefined
      }
      summary={() => {
        if (!table) return null;
        const average = table.average.find((a) => a.monthsSince === 12) ?? table.average.at(-1);
        return average ? <p className="caption">{m.retentionSummary(formatNumber(average.monthsSince, lang), formatPercent(average.share, lang))}</p> : null;
      }}
      chart={(c) => (
        <>
          <RetentionGrid table={tableOf(c)} columns={columns} mode="share" />
          <HeatLegend />
          {c.asOfDate ? <p className="chart-note">{m.partialNote(formatDate(c.asOfDate, lang))}</p> : null}
        </>
      )}
      table={(c) => <RetentionGrid table={tableOf(c)} columns={columns} mode="count" />}
    />
  );
}

function RetentionGrid({ table, columns, mode }: { table: RetentionTable; columns: readonly number[]; mode: 'share' | 'count' }) {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const captionId = useId();
  const heat = mode === 'share';
  const totalSize = table.rows.reduce((sum, r) => sum + r.size, 0);
  const value = (retained: number | null, share: number | null) =>
    retained === null || share === null ? null : heat ? formatPercent(share, lang) : formatNumber(retained, lang);

  return (
    <div className="table-scroll retention-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={`table retention ${heat ? 'retention--heat' : ''}`}>
        <caption id={captionId} className="table__caption">
          {heat ? m.retentionCaption : m.retentionCountsCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="retention__cohort">
              {m.cohortColumn}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {m.sizeColumn}
            </th>
            <th scope="colgroup" colSpan={columns.length} className="retention__group">
              {m.monthsSinceGroup}
            </th>
          </tr>
          <tr>
            {columns.map((k) => (
              <th key={k} scope="col" className="num retention__k">
                <span className="visually-hidden">{m.monthsSinceHidden}</span>
                {formatNumber(k, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.cohort}>
              <th scope="row" className="retention__cohort">
                {formatMonth(row.cohort, lang)}
              </th>
              <td className="num">{formatNumber(row.size, lang)}</td>
              {columns.map((k) => {
                const cell = row.cells[k];
                if (!cell) return <td key={k} className="retention__beyond" />;
                const text = value(cell.retained, cell.share);
                if (text === null) {
                  return (
                    <td key={k} className="num retention__cell">
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{m.noCount}</span>
                    </td>
                  );
                }
                const step = heat ? heatStep(cell.share!) : null;
                return (
                  <td
                    key={k}
                    className={`num retention__cell${step === null ? '' : ` heat-${step}`}${cell.partial ? ' retention__cell--partial' : ''}`}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="retention__cohort">
              {m.averageRow}
            </th>
            <td className="num">{formatNumber(totalSize, lang)}</td>
            {columns.map((k) => {
              const average = table.average.find((a) => a.monthsSince === k);
              const text = average ? value(average.retained, average.share) : null;
              return (
                <td key={k} className="num retention__cell">
                  {text ?? ''}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** What each colour means; the number is in every cell as well, so colour is never the only cue. */
function HeatLegend() {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const p = (share: number) => formatPercent(share, lang);
  const labels = HEAT_THRESHOLDS.map((from, i) => {
    const to = HEAT_THRESHOLDS[i + 1];
    if (i === 0) return m.heatBelow(p(to!));
    return to === undefined ? m.heatFrom(p(from)) : m.heatRange(p(from), p(to));
  });
  return (
    <div className="heat-legend">
      <span className="heat-legend__title">{m.heatLegend}</span>
      <ul role="list" className="heat-legend__items">
        {labels.map((label, step) => (
          <li key={label} className="heat-legend__item">
            <span className={`heat-legend__swatch heat-${step}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
