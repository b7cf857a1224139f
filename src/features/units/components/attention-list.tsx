import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { unitsMessages, type UnitsMessages } from '../messages';
import type { AttentionItem, AttentionReason } from '../models/leaderboard-model';
import type { Lang } from '@/lib/i18n/lang';
import { ScopeLink } from './unit-link';

/** The anchor of the full list on /unit. */
export const ATTENTION_ID = 'perlu-perhatian';

export function reasonText(m: UnitsMessages, reason: AttentionReason, lang: Lang): string {
  const n = (value: number) => formatNumber(value, lang);
  switch (reason.kind) {
    case 'quiet':
      return reason.since === null || reason.days === null ? m.reasonNever : m.reasonQuiet(n(reason.days), formatDate(reason.since, lang));
    case 'behind':
      return m.reasonBehind(n(reason.registered), n(reason.windowDays), n(reason.neededInWindow));
    case 'overdue':
      return m.reasonOverdue(n(reason.remaining));
  }
}

interface AttentionListProps {
  items: readonly AttentionItem[];
  /** Units considered (for "n of total"). */
  total: number;
  /** Show only the first few, with a link to the full list. */
  limit?: number;
}

/** Who is behind and why, each with the rate it now needs. */
export function AttentionList({ items, total, limit }: AttentionListProps) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  if (items.length === 0) return <p className="attention__none">{m.attentionEmpty}</p>;
  const shown = limit === undefined ? items : items.slice(0, limit);
  const more = items.length - shown.length;
  return (
    <div className="attention">
      <p className="attention__count">{m.attentionCount(n(items.length), n(total))}</p>
      <ul className="attention__list" role="list">
        {shown.map(({ entry, reason }) => (
          <li key={entry.row.id} className={`attention__item attention__item--${reason.kind}`}>
            <p className="attention__name">
              <ScopeLink scope={{ kind: 'unit', id: entry.row.id }}>{entry.row.name}</ScopeLink>{' '}
              <span className="attention__kind">
                {t.unitKinds[entry.row.kind]} · {entry.row.kecamatan}
              </span>
            </p>
            <p className="attention__reason">{reasonText(m, reason, lang)}</p>
            <p className="attention__need">
              {entry.stats.needed.status === 'needed' ? <strong>{m.attentionNeeded(n(entry.stats.needed.perWeekWhole))}</strong> : null}{' '}
              <span>{m.attentionGap(n(entry.stats.remaining), n(entry.stats.target))}</span>
            </p>
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="attention__more">
          <Link to={{ ...localizedTo('/unit', lang), hash: `#${ATTENTION_ID}` }}>{m.attentionMore(n(more))}</Link>
        </p>
      ) : null}
    </div>
  );
}

/** The full list as a table: unit, why, the rate it needs, its gap. */
export function AttentionTable({ items, total }: { items: readonly AttentionItem[]; total: number }) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  if (items.length === 0) return <p className="attention__none">{m.attentionEmpty}</p>;
  const quiet = items.filter((i) => i.reason.kind === 'quiet').length;
  const behind = items.filter((i) => i.reason.kind === 'behind').length;
  const overdue = items.length - quiet - behind;
  return (
    <div className="attention">
      <p className="attention__count">{m.attentionCount(n(items.length), n(total))}</p>
      <ul className="attention__totals" role="list">
        {quiet > 0 ? <li>{m.attentionQuietCount(n(quiet))}</li> : null}
        {behind > 0 ? <li>{m.attentionBehindCount(n(behind))}</li> : null}
        {overdue > 0 ? <li>{m.attentionOverdueCount(n(overdue))}</li> : null}
      </ul>
      <DataTable
        caption={m.attentionCaption}
        rows={items}
        rowKey={(i) => String(i.entry.row.id)}
        maxHeight="36rem"
        rowClassName={(i) => (i.reason.kind === 'behind' ? undefined : 'is-low')}
        columns={[
          {
            id: 'name',
            header: m.columns.name,
            rowHeader: true,
            cell: ({ entry }) => (
              <>
                <ScopeLink scope={{ kind: 'unit', id: entry.row.id }}>{entry.row.name}</ScopeLink>
                <span className="cell-note">
                  {t.unitKinds[entry.row.kind]} · {entry.row.kecamatan}
                </span>
              </>
            ),
          },
          { id: 'reason', header: m.columns.reason, cell: ({ reason }) => reasonText(m, reason, lang) },
          {
            id: 'needed',
            header: m.columns.needed,
            align: 'end',
            cell: ({ entry }) => (entry.stats.needed.status === 'needed' ? n(entry.stats.needed.perWeekWhole) : m.neededOverdueShort),
          },
          { id: 'gap', header: m.columns.gap, align: 'end', cell: ({ entry }) => n(entry.stats.remaining) },
          { id: 'progress', header: m.columns.progress, align: 'end', cell: ({ entry }) => formatPercent(entry.row.progress, lang) },
        ]}
      />
    </div>
  );
}
