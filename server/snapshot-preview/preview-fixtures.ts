import type { Ranking } from '../../contract/ranking';
import type { Snapshot } from '../../contract/snapshots';
import type { Summary } from '../../contract/summary';

// Hand-made snapshots for the preview's tests: the numbers of the demo campaign's headline (8.062 of 11.000,
// Klaten third in Central Java), loaded 13 Nov 2023 at 14.05 WIB.

export function previewSummary(overrides: Partial<Summary> = {}): Summary {
  const registered = overrides.registered ?? 8062;
  const target = overrides.target ?? 11000;
  return {
    region: { code: '3310', name: 'Klaten', kind: 'kabupaten' },
    registered,
    active: 7100,
    target,
    asnCount: target,
    workersPerAsn: 1,
    progress: target > 0 ? registered / target : 0,
    activeShare: 7100 / registered,
    monthlyContribution: 16800,
    monthlyContributionsTotal: 7100 * 16800,
    newThisWeek: 312,
    newLastWeek: 280,
    launchDate: '2023-11-13',
    deadline: '2024-12-31',
    asOf: '2023-11-13T07:05:00.000Z',
    asOfDate: '2023-11-13',
    isDemo: false,
    ...overrides,
  };
}

export function previewRanking(metric: Ranking['metric'], klatenRank = 3): Ranking {
  const names = ['Semarang', 'Kudus', 'Klaten', 'Boyolali', 'Sukoharjo', ...Array.from({ length: 30 }, (_, i) => `Wilayah ${i + 6}`)];
  return {
    metric,
    asOfDate: '2023-11-13',
    provinceName: 'Jawa Tengah',
    rows: names.map((name, i) => ({
      code: String(3300 + i),
      name,
      kind: 'kabupaten' as const,
      rank: name === 'Klaten' ? klatenRank : i + 1,
      asnCount: 10000,
      registered: 9000 - i * 200,
      active: 8000 - i * 200,
      coverage: (9000 - i * 200) / 10000,
      asOfDate: '2023-11-13',
      isCampaignRegion: name === 'Klaten',
    })),
  };
}

export function previewSnapshot(overrides: Partial<Omit<Snapshot, 'data'>> & { data?: Partial<Snapshot['data']> } = {}): Snapshot {
  const { data, ...rest } = overrides;
  const summary = data?.summary ?? previewSummary();
  return {
    title: 'Capaian pendaftaran minggu ini',
    note: null,
    author: 'Staf Uji',
    createdAt: '2023-11-14T02:00:00.000Z',
    expiresAt: '2023-12-14T02:00:00.000Z',
    asOf: summary.asOf,
    asOfDate: summary.asOfDate,
    view: { path: '/', params: {} },
    ...rest,
    data: { ...data, summary },
  };
}
