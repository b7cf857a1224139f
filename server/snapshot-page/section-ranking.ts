import { toDayNumber } from '../../contract/dates';
import type { Ranking, RankingHistory, RankingRow } from '../../contract/ranking';
import type { SnapshotData } from '../../contract/snapshots';
import { legend, lineChart, type Tone } from './chart-svg';
import { formatDate, formatPercent, formatSignedPoints, regionName } from './format';
import { html, type Html } from './html';
import { card, fmt, liveData, num, pointsChange, table, text, workersChange, type RenderContext } from './render-context';

const pickRanking = (data: SnapshotData | null, metric: 'count' | 'percent'): Ranking | undefined =>
  data ? (metric === 'percent' ? (data.rankingPercent ?? data.rankingCount) : (data.rankingCount ?? data.rankingPercent)) : undefined;

export interface RankGap {
  us: RankingRow;
  leader: RankingRow;
  second: RankingRow | undefined;
  /** Workers Klaten needs to draw level with the leader (by count, or by share of its own ASN). */
  workersToFirst: number;
  /** Leader's share minus ours, as a ratio (0.032 = 3,2 points). */
  pointsToFirst: number;
}

/** Klaten's place and its gap to 1st (or its lead over 2nd). Pure. */
export function rankGap(ranking: Ranking): RankGap | null {
  const us = ranking.rows.find((r) => r.isCampaignRegion);
  const leader = ranking.rows[0];
  if (!us || !leader) return null;
  const workersToFirst =
    ranking.metric === 'count' ? Math.max(0, leader.registered - us.registered) : Math.max(0, Math.ceil(leader.coverage * us.asnCount - us.registered - 1e-9));
  return { us, leader, second: ranking.rows.find((r) => r !== us && r.rank >= us.rank), workersToFirst, pointsToFirst: leader.coverage - us.coverage };
}

export function rankingSection(ctx: RenderContext, options: { withHistory: boolean }): Html | '' {
  const { m, lang } = ctx;
  const ranking = pickRanking(ctx.data, ctx.view.metric);
  if (!ranking) return '';
  const live = pickRanking(liveData(ctx), ranking.metric);
  const gap = rankGap(ranking);
  const metricText = m.byMetric[ranking.metric];

  let lead: Html;
  if (!gap) lead = html`<p class="lead">${m.campaignRegionMissing}</p>`;
  else {
    const name = regionName(gap.us, lang);
    const sentence = m.rankSentence(name, fmt(ctx, gap.us.rank), fmt(ctx, ranking.rows.length));
    let detail: string;
    if (gap.us.rank === 1) {
      const second = gap.second;
      detail = !second
        ? m.isFirst(ranking.provinceName)
        : ranking.metric === 'count'
          ? `${m.isFirst(ranking.provinceName)} ${m.leadOver(fmt(ctx, gap.us.registered - second.registered), regionName(second, lang))}`
          : `${m.isFirst(ranking.provinceName)} ${m.leadOverPercent(formatSignedPoints(gap.us.coverage - second.coverage, lang).replace(/^\+/, ''), regionName(second, lang))}`;
    } else if (ranking.metric === 'count') {
      detail = m.gapToFirstCount(fmt(ctx, gap.workersToFirst), regionName(gap.leader, lang));
    } else {
      detail = m.gapToFirstPercent(formatSignedPoints(gap.pointsToFirst, lang).replace(/^\+/, ''), fmt(ctx, gap.workersToFirst), regionName(gap.leader, lang));
    }
    lead = html`<p class="lead">${sentence}.</p><p>${detail}</p>`;
  }

  const liveRows = new Map(live?.rows.map((r) => [r.code, r]) ?? []);
  const columns = [
    { label: m.rankColumn, numeric: true },
    { label: m.regionColumn },
    // The ranked measure first, so a phone shows it without scrolling.
    ...(ranking.metric === 'count'
      ? [{ label: m.registeredColumn, numeric: true }, { label: m.coverageColumn, numeric: true }]
      : [{ label: m.coverageColumn, numeric: true }, { label: m.registeredColumn, numeric: true }]),
    { label: m.asnColumn, numeric: true },
    ...(live ? [{ label: `${m.nowColumn} (${m.rankColumn.toLowerCase()})`, numeric: true }, { label: m.nowColumn, numeric: true }, { label: m.changeColumn, numeric: true }] : []),
  ];
  const rows = ranking.rows.map((r) => {
    const now = liveRows.get(r.code);
    const compare = live
      ? now
        ? html`${num(fmt(ctx, now.rank))}${ranking.metric === 'count' ? html`${num(fmt(ctx, now.registered))}${num(workersChange(ctx, now.registered - r.registered))}` : html`${num(formatPercent(now.coverage, lang))}${num(pointsChange(ctx, now.coverage - r.coverage))}`}`
        : html`<td></td><td></td><td></td>`
      : '';
    return html`<tr${r.isCampaignRegion ? html` class="us"` : ''}>${num(fmt(ctx, r.rank))}${text(html`${regionName(r, lang)}${r.isCampaignRegion ? html`<br><span class="tag">${m.campaignRegionTag}</span>` : ''}`)}${
      ranking.metric === 'count'
        ? html`${num(fmt(ctx, r.registered))}${num(formatPercent(r.coverage, lang))}`
        : html`${num(formatPercent(r.coverage, lang))}${num(fmt(ctx, r.registered))}`
    }${num(fmt(ctx, r.asnCount))}${compare}</tr>`;
  });
  const caption = m.rankingCaption(ranking.provinceName, metricText);
  const body = html`${lead}${table(ctx, caption, columns, rows, 'rank')}`;
  const history = options.withHistory ? historyBlock(ctx, ranking.metric === 'percent' ? ctx.data.rankingHistoryPercent : ctx.data.rankingHistoryCount) : '';
  return card('peringkat', m.rankingTitle(ranking.provinceName), html`${body}${history}`, {
    sub: `${metricText.charAt(0).toUpperCase()}${metricText.slice(1)}${ranking.asOfDate ? ` · ${m.dataDate(formatDate(ranking.asOfDate, lang))}` : ''}`
  });
}

const HISTORY_TONES: Tone[] = ['muted', 'alt', 'blue'];

/** Klaten's weekly rank beside the regions now in the top three, rank 1 at the top. */
function historyBlock(ctx: RenderContext, history: RankingHistory | undefined): Html | '' {
  if (!history || history.dates.length < 2) return '';
  const { m, lang } = ctx;
  const last = history.dates.length - 1;
  const us = history.series.find((s) => s.isCampaignRegion);
  if (!us) return '';
  const top = history.series.filter((s) => !s.isCampaignRegion && s.ranks[last]! <= 3).sort((a, b) => a.ranks[last]! - b.ranks[last]!).slice(0, 3);
  const shown = [...top.map((s, i) => ({ s, tone: HISTORY_TONES[i]! })), { s: us, tone: 'main' as Tone }];
  const maxRank = Math.max(4, ...shown.flatMap(({ s }) => s.ranks));
  const xs = history.dates.map(toDayNumber);
  const tickStep = maxRank <= 8 ? 1 : maxRank <= 16 ? 3 : 5;
  const ranks: number[] = [1];
  for (let r = 1 + tickStep; r <= maxRank; r += tickStep) ranks.push(r);
  const name = regionName(us, lang);
  const chart = lineChart({
    label: m.historyChartLabel(name, fmt(ctx, us.ranks[0]!), fmt(ctx, us.ranks[last]!), formatDate(history.dates[0]!, lang), formatDate(history.dates[last]!, lang)),
    height: 210,
    frame: { xMin: xs[0]!, xMax: xs[last]!, yMin: 1, yMax: maxRank, invertY: true },
    yTicks: ranks.map((r) => ({ value: r, label: m.rankTick(fmt(ctx, r)) })),
    xTicks: [
      { value: xs[0]!, label: formatDate(history.dates[0]!, lang) },
      { value: xs[last]!, label: formatDate(history.dates[last]!, lang) },
    ],
    series: shown.map(({ s, tone }) => ({ points: s.ranks.map((r, i) => ({ x: xs[i]!, y: r })), tone })),
  });
  const monthly = history.dates
    .map((date, i) => ({ date, i }))
    .filter(({ date, i }) => i === last || history.dates[i + 1]!.slice(0, 7) !== date.slice(0, 7));
  const valueText = (v: number) => (history.metric === 'percent' ? formatPercent(v, lang) : fmt(ctx, v));
  const tableHtml = table(
    ctx,
    m.historyTableCaption,
    [{ label: m.dateColumn }, ...shown.map(({ s }) => ({ label: regionName(s, lang), numeric: true }))],
    monthly.map(
      ({ date, i }) => html`<tr><th scope="row">${formatDate(date, lang)}</th>${shown.map(({ s }) => num(`#${s.ranks[i]} · ${valueText(s.values[i]!)}`))}</tr>`,
    ),
  );
  return html`<div class="keep"><h3>${m.historyTitle(name)}</h3><p class="sub">${m.historyCaption}</p>${chart}${legend(
    shown.map(({ s, tone }) => ({ tone, label: `${regionName(s, lang)} #${s.ranks[last]}` })),
  )}</div><details><summary>${m.showTable}</summary>${tableHtml}</details>`;
}
