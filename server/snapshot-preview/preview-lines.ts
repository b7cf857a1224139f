import type { Ranking } from '../../contract/ranking';
import { parseSnapshotPath, type Snapshot } from '../../contract/snapshots';
import { formatDate, formatDateTimeWib, formatNumber, formatPercent } from '../../src/lib/format';
import { en } from '../../src/lib/i18n/en';
import { id } from '../../src/lib/i18n/id';
import type { Lang } from '../../src/lib/i18n/lang';
import { previewMessages } from './messages';

/** Everything the preview card says and where its bar ends, computed without drawing. */
export interface PreviewLines {
  productName: string;
  campaign: string;
  title: string;
  /** "Capaian SMP Negeri 1 Klaten" when the numbers are one unit's or kecamatan's and the title does not say so already. */
  scope: string | null;
  percent: string;
  workers: string;
  target: string;
  /** How far from the target, or by how much it was passed. */
  progressNote: string;
  /** Fractions of the bar's width, 0..1: the bar's scale stretches past the target rather than overflow. */
  bar: { fill: number; targetAt: number; overTarget: boolean };
  asOf: string;
  rank: string | null;
  mark: string;
  demo: string | null;
}

/** Longest title the card shows on one line at its size; longer ones end in an ellipsis. */
export const TITLE_MAX_CHARS = 60;

interface Headline {
  /** The unit or kecamatan the numbers are for; null for the whole campaign. */
  name: string | null;
  scope: string | null;
  registered: number;
  target: number;
  progress: number;
}

export function previewLines(snapshot: Snapshot, lang: Lang = 'id'): PreviewLines {
  const t = lang === 'en' ? en : id;
  const m = previewMessages[lang];
  const head = headline(snapshot, lang);
  const progress = Number.isFinite(head.progress) && head.progress > 0 ? head.progress : 0;
  const scale = Math.max(1, progress);
  const gap = head.target - head.registered;
  const title = truncate(snapshot.title.trim(), TITLE_MAX_CHARS);
  // A title that already names the unit says whose numbers these are.
  const titleNamesScope = head.name !== null && title.toLocaleLowerCase('id-ID').includes(head.name.toLocaleLowerCase('id-ID'));

  return {
    productName: t.productName,
    campaign: t.subtitle,
    title,
    scope: titleNamesScope ? null : head.scope,
    percent: formatPercent(progress, lang),
    workers: m.workers(formatNumber(head.registered, lang), formatNumber(head.target, lang)),
    target: m.target(formatNumber(head.target, lang)),
    progressNote:
      gap > 0 ? t.remainingToTarget(formatNumber(gap, lang)) : gap < 0 ? t.targetExceeded(formatNumber(-gap, lang)) : m.targetReached,
    bar: { fill: progress / scale, targetAt: 1 / scale, overTarget: progress > 1 },
    asOf: asOfLine(snapshot, lang),
    rank: head.name === null ? rankLine(snapshot, lang) : null,
    mark: m.frozenMark,
    demo: snapshot.data.summary.isDemo ? t.demoBadge : null,
  };
}

/** The campaign's numbers, or the one unit's or kecamatan's that the link is about when the snapshot has them. */
function headline(snapshot: Snapshot, lang: Lang): Headline {
  const { summary, units, kecamatan } = snapshot.data;
  const m = previewMessages[lang];
  const page = parseSnapshotPath(snapshot.view.path);
  if (page?.page === '/unit/:id') {
    const row = units?.rows.find((r) => r.id === page.unit);
    if (row) return { name: row.name, scope: m.scopeHeadline(row.name), registered: row.registered, target: row.target, progress: row.progress };
  }
  if (page?.page === '/kecamatan/:name') {
    const wanted = page.kecamatan.toLocaleLowerCase('id-ID');
    const row = kecamatan?.rows.find((r) => r.name.toLocaleLowerCase('id-ID') === wanted);
    if (row) {
      return { name: row.name, scope: m.scopeHeadline(m.kecamatan(row.name)), registered: row.registered, target: row.target, progress: row.progress };
    }
  }
  return { name: null, scope: null, registered: summary.registered, target: summary.target, progress: summary.progress };
}

/** When the data was loaded, in WIB; failing that the date it speaks for; failing that when the snapshot was taken. */
function asOfLine(snapshot: Snapshot, lang: Lang): string {
  const t = lang === 'en' ? en : id;
  if (snapshot.asOf) return t.dataAsOf(formatDateTimeWib(snapshot.asOf, lang));
  if (snapshot.asOfDate) return t.dataAsOf(formatDate(snapshot.asOfDate, lang));
  return previewMessages[lang].snapshotCreated(formatDateTimeWib(snapshot.createdAt, lang));
}

/** "Peringkat 3 dari 35 di Jawa Tengah", by the metric the view showed when the snapshot holds that ranking. */
function rankLine(snapshot: Snapshot, lang: Lang): string | null {
  const { rankingCount, rankingPercent } = snapshot.data;
  const ranking: Ranking | undefined =
    snapshot.view.params.metric === 'percent' ? (rankingPercent ?? rankingCount) : (rankingCount ?? rankingPercent);
  const own = ranking?.rows.find((r) => r.isCampaignRegion);
  if (!ranking || !own) return null;
  const m = previewMessages[lang];
  const sentence = m.rank(formatNumber(own.rank, lang), formatNumber(ranking.rows.length, lang), ranking.provinceName);
  return ranking.metric === 'percent' ? `${sentence} ${m.byShareOfAsn}` : sentence;
}

/** Cut at a word boundary near `max` characters (code points, so no emoji is split in half). */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
