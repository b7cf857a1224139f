import type { TargetHistory, TargetVersion } from '../../../../contract/targets';
import { DataTable, type Column } from '@/components/data-table';
import { formatDate, formatDateTimeWib, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { targetMessages } from '../messages';

/** Every version, newest first: when, by whom, what scope, from when, from what to what, and why. */
export function TargetHistoryTable({ history, headingId }: { history: TargetHistory; headingId: string }) {
  const { lang } = useT();
  const m = useMessages(targetMessages);
  const n = (v: number) => formatNumber(v, lang);
  const d = (v: string) => formatDate(v, lang);

  const changeOf = (v: TargetVersion): string[] => {
    if (v.previous === null) return [m.firstValues(n(v.asnCount), n(v.workersPerAsn), n(v.target), v.deadline ? d(v.deadline) : null)];
    const p = v.previous;
    const lines: string[] = [];
    if (p.target !== v.target) lines.push(m.changeTarget(n(p.target), n(v.target)));
    if (p.asnCount !== v.asnCount) lines.push(m.changeAsn(n(p.asnCount), n(v.asnCount)));
    if (p.workersPerAsn !== v.workersPerAsn) lines.push(m.changeRatio(n(p.workersPerAsn), n(v.workersPerAsn)));
    if (v.deadline && p.deadline && p.deadline !== v.deadline) lines.push(m.changeDeadline(d(p.deadline), d(v.deadline)));
    return lines.length > 0 ? lines : [m.changeTarget(n(p.target), n(v.target))];
  };

  const columns: Column<TargetVersion>[] = [
    {
      id: 'scope',
      header: m.historyColumns.scope,
      rowHeader: true,
      cell: (v) => (
        <span className={v.unitId === null ? 'target-history__campaign' : undefined}>
          {v.unitName ?? m.campaignScope}
          {v.previous === null ? <span className="cell-note">{m.firstVersion}</span> : null}
        </span>
      ),
    },
    {
      id: 'change',
      header: m.historyColumns.change,
      cell: (v) => (
        <span className="target-history__change">
          {changeOf(v).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </span>
      ),
    },
    { id: 'effectiveFrom', header: m.historyColumns.effectiveFrom, cell: (v) => <span className="nowrap">{d(v.effectiveFrom)}</span> },
    { id: 'changedAt', header: m.historyColumns.changedAt, cell: (v) => <span className="nowrap">{formatDateTimeWib(v.changedAt, lang)}</span> },
    { id: 'by', header: m.historyColumns.by, cell: (v) => v.changedBy ?? <span className="muted">{m.setUpAtStart}</span> },
    { id: 'note', header: m.historyColumns.note, cell: (v) => (v.note ? <span className="target-history__note">{v.note}</span> : null) },
  ];

  return (
    <section className="panel target-history" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__title">
        {m.historyTitle}
      </h3>
      <p className="target-panel__intro">{m.historyIntro}</p>
      <div className="panel__body">
        {history.versions.length === 0 ? (
          <p className="muted">{m.historyEmpty}</p>
        ) : (
          <DataTable caption={m.historyCaption} columns={columns} rows={history.versions} rowKey={(v) => String(v.id)} maxHeight="36rem" />
        )}
      </div>
    </section>
  );
}
