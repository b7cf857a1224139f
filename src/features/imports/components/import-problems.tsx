import type { ImportProblem, ImportReport } from '../../../../contract/imports';
import { DataTable, type Column } from '@/components/data-table';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

interface Row extends ImportProblem {
  key: string;
}

/** The first problems as the server ordered them (errors first, then by line), and how many more there are. */
export function ImportProblems({ report, headingId }: { report: Pick<ImportReport, 'problems' | 'errorCount' | 'warningCount'>; headingId: string }) {
  const { t, lang } = useT();
  const rows: Row[] = report.problems.map((p, i) => ({ ...p, key: String(i) }));
  const more = report.errorCount + report.warningCount - report.problems.length;
  const columns: Column<Row>[] = [
    {
      id: 'severity',
      header: t.imports.problemColumns.severity,
      cell: (p) => <span className={`badge badge--${p.severity}`}>{t.imports.severities[p.severity]}</span>,
    },
    {
      id: 'line',
      header: t.imports.problemColumns.line,
      align: 'end',
      cell: (p) => (p.line === null ? <span className="muted">{t.imports.wholeFile}</span> : formatNumber(p.line, lang)),
    },
    { id: 'column', header: t.imports.problemColumns.column, cell: (p) => (p.column === null ? '—' : <code>{p.column}</code>) },
    { id: 'value', header: t.imports.problemColumns.value, cell: (p) => (p.value === null ? '—' : <code className="problem-value">{p.value}</code>) },
    { id: 'message', header: t.imports.problemColumns.message, cell: (p) => <span lang="id">{p.message}</span> },
  ];
  return (
    <div className="problems">
      <h4 id={headingId} className="problems__title">
        {t.imports.problemsTitle}{' '}
        <span className="problems__totals">({t.imports.problemTotals(formatNumber(report.errorCount, lang), formatNumber(report.warningCount, lang))})</span>
      </h4>
      <DataTable caption={t.imports.problemsCaption} columns={columns} rows={rows} rowKey={(p) => p.key} maxHeight="26rem" />
      {more > 0 ? <p className="problems__more">{t.imports.moreProblems(formatNumber(more, lang))}</p> : null}
    </div>
  );
}
