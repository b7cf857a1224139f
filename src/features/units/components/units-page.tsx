import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { SegmentedControl } from '@/components/segmented-control';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useUrlListParam, useUrlParam } from '@/lib/use-url-param';
import { COMPARE_MAX, COMPARE_MIN, UNIT_KIND_FILTERS, unitKindParam, unitsParam } from '@/lib/url-state/params';
import { unitsMessages } from '../messages';
import { compareTo } from '../models/compare-url';
import { filterByKind, needsAttention, type LeaderboardEntry } from '../models/leaderboard-model';
import { ATTENTION_ID, AttentionTable } from './attention-list';
import { Breadcrumbs } from './breadcrumbs';
import { LeaderboardTable } from './leaderboard-table';
import { QueryPanel } from '@/components/query-panel';
import { useLeaderboard } from './use-leaderboard';
import '../units.css';

/** /unit — every unit: the leaderboard by % of own target, filters by kind, and who needs attention. */
export function UnitsPage() {
  const m = useMessages(unitsMessages);
  const { t } = useT();
  const [kind, setKind] = useUrlParam(unitKindParam);
  const query = useLeaderboard();
  const shown = query.data ? filterByKind(query.data, kind) : undefined;
  const { hash } = useLocation();
  const loaded = query.data !== undefined;

  // Arriving from "see all that need attention": the list exists only once the data is in.
  useEffect(() => {
    if (loaded && hash === `#${ATTENTION_ID}`) document.getElementById(ATTENTION_ID)?.scrollIntoView?.();
  }, [loaded, hash]);

  return (
    <div className="units-page">
      <Breadcrumbs items={[{ label: m.crumbOverview, to: '/' }, { label: m.crumbUnits }]} />
      <header className="scope-page__head">
        <div>
          <h2 className="scope-page__title">{m.unitsPageTitle}</h2>
          <p className="scope-page__lead">{m.unitsPageLead}</p>
        </div>
      </header>
      <div className="units-page__filters">
        <SegmentedControl
          legend={m.kindFilterLabel}
          value={kind}
          options={UNIT_KIND_FILTERS.map((value) => ({ value, label: value === 'all' ? m.kindAll : t.unitKinds[value] }))}
          onChange={setKind}
        />
      </div>
      <div className="units-page__grid">
        <QueryPanel
          title={m.leaderboardTitle}
          className="units-page__board"
          query={{ ...query, data: shown }}
          asOfDate={query.asOfDate}
          isEmpty={(rows) => rows.length === 0}
          actions={shown && shown.length > 0 ? <AttentionJump entries={shown} /> : undefined}
        >
          {(rows) => <FullLeaderboard entries={rows} total={query.data?.length ?? rows.length} />}
        </QueryPanel>
        <QueryPanel
          id={ATTENTION_ID}
          title={m.attentionTitle}
          className="units-page__attention"
          query={{ ...query, data: shown }}
          asOfDate={query.asOfDate}
          isEmpty={(rows) => rows.length === 0}
        >
          {(rows) => (
            <>
              <p className="caption">{m.attentionLead}</p>
              <AttentionTable items={needsAttention(rows)} total={rows.length} />
            </>
          )}
        </QueryPanel>
      </div>
    </div>
  );
}

/** A link down to the list, saying how long it is. */
function AttentionJump({ entries }: { entries: LeaderboardEntry[] }) {
  const m = useMessages(unitsMessages);
  const { lang } = useT();
  const count = needsAttention(entries).length;
  if (count === 0) return null;
  return (
    <a className="button button--quiet" href={`#${ATTENTION_ID}`}>
      {m.attentionSummary(formatNumber(count, lang))} ↓
    </a>
  );
}

function FullLeaderboard({ entries, total }: { entries: LeaderboardEntry[]; total: number }) {
  const m = useMessages(unitsMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  // The units ticked for comparing are part of the view, so they are in the address too (`?unit=3&unit=9`).
  const [selected, setSelected] = useUrlListParam(unitsParam);
  const toggle = (id: number) => setSelected(selected.includes(id) ? selected.filter((x) => x !== id) : selected.length >= COMPARE_MAX ? selected : [...selected, id]);
  const fastest = entries.find((e) => e.badges.some((b) => b.kind === 'fastest'));
  const ready = selected.length >= COMPARE_MIN;

  return (
    <div className="leaderboard">
      <p className="caption">{m.showing(n(entries.length), n(total))}</p>
      {fastest ? (
        <p className="leaderboard__fastest">
          {m.fastestNote(fastest.row.name, formatPercent(fastest.gain28, lang), n(fastest.row.newLast28Days))}
        </p>
      ) : null}
      <div className="compare-bar" role="group" aria-label={m.columns.compare}>
        <p className="compare-bar__hint">{m.compareSelectHint(n(COMPARE_MIN), n(COMPARE_MAX))}</p>
        {ready ? (
          <Link className="button button--primary" to={compareTo(selected, lang)}>
            {m.compareSelected(n(selected.length))}
          </Link>
        ) : null}
        {selected.length > 0 ? (
          <button type="button" className="button button--quiet" onClick={() => setSelected([])}>
            {m.clearSelection}
          </button>
        ) : null}
      </div>
      <LeaderboardTable
        entries={entries}
        caption={m.leaderboardCaption}
        selection={{ selected: new Set(selected), toggle, full: selected.length >= COMPARE_MAX }}
        maxHeight="48rem"
      />
      <p className="leaderboard__legend">{m.badgesLegend}</p>
    </div>
  );
}
