import { describe, expect, it } from 'vitest';
import type { Ranking, RankingRow } from '../../contract/ranking';
import type { Timeseries } from '../../contract/timeseries';
import { toDayNumber } from '../../contract/dates';
import { loadConfig } from '../config';
import { niceTicks, polylinePoints, stackMarkers, stepRuns, thin, xPercent, yPixel, type Frame } from './chart-model';
import { formatSignedPoints, regionName } from './format';
import { escapeHtml, html, raw } from './html';
import { pickLang, readPageView } from './page-view';
import { cumulativeLine, monthlyRows, targetOn } from './progress-model';
import { rankGap } from './section-ranking';

describe('html', () => {
  it('escapes every interpolated string, not nested html or raw markup', () => {
    const title = `<script>alert("x")</script> & 'y'`;
    expect(html`<h1>${title}</h1>`.value).toBe('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</h1>');
    expect(html`<p>${html`<b>${'<i>'}</b>`}${raw('<br>')}${null}${false}${[1, '<', 2]}</p>`.value).toBe('<p><b>&lt;i&gt;</b><br>1&lt;2</p>');
    expect(escapeHtml('"onmouseover=x"')).not.toContain('"');
  });
});

describe('chart geometry', () => {
  const frame: Frame = { height: 200, top: 20, bottom: 180, xMin: 0, xMax: 100, yMin: 0, yMax: 1000 };

  it('maps x to percent and y to pixels, clamped, with rank charts upside down', () => {
    expect(xPercent(frame, 25)).toBe(25);
    expect(xPercent(frame, -10)).toBe(0);
    expect(xPercent(frame, 500)).toBe(100);
    expect(yPixel(frame, 0)).toBe(180);
    expect(yPixel(frame, 1000)).toBe(20);
    expect(yPixel(frame, 500)).toBe(100);
    expect(yPixel({ ...frame, yMin: 1, yMax: 5, invertY: true }, 1)).toBe(20);
    expect(yPixel({ ...frame, yMin: 1, yMax: 5, invertY: true }, 5)).toBe(180);
    expect(polylinePoints(frame, [{ x: 0, y: 0 }, { x: 50, y: 1000 }])).toBe('0,160 500,0');
  });

  it('picks round ticks that cover the maximum', () => {
    expect(niceTicks(11_550)).toEqual([0, 5000, 10_000, 15_000]);
    expect(niceTicks(830)).toEqual([0, 250, 500, 750, 1000]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
    for (const max of [1, 7, 99, 1234, 55_555]) {
      const ticks = niceTicks(max);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('draws a target over time as runs, each until the next starts', () => {
    expect(stepRuns([{ from: 10, value: 10_800 }, { from: 40, value: 11_000 }], 0, 100)).toEqual([
      { x1: 10, x2: 40, value: 10_800 },
      { x1: 40, x2: 100, value: 11_000 },
    ]);
    expect(stepRuns([{ from: -5, value: 7 }], 0, 50)).toEqual([{ x1: 0, x2: 50, value: 7 }]);
  });

  it('stacks event markers that would cover each other', () => {
    expect(stackMarkers([0, 1, 2, 10, 10.5, 30])).toEqual([
      { x: 0, level: 0 },
      { x: 1, level: 1 },
      { x: 2, level: 2 },
      { x: 10, level: 0 },
      { x: 10.5, level: 1 },
      { x: 30, level: 0 },
    ]);
  });

  it('thins a long series evenly, keeping both ends', () => {
    const long = Array.from({ length: 1000 }, (_, i) => i);
    const thinned = thin(long, 100);
    expect(thinned).toHaveLength(100);
    expect(thinned[0]).toBe(0);
    expect(thinned.at(-1)).toBe(999);
    expect(thin([1, 2, 3], 100)).toEqual([1, 2, 3]);
  });
});

describe('progress model', () => {
  const day = (points: [string, number][]): Timeseries => {
    let cumulative = 0;
    return {
      interval: 'day',
      scope: { kind: 'campaign' },
      target: 11_000,
      targetSteps: [
        { from: '2023-11-13', target: 10_800 },
        { from: '2024-01-02', target: 11_000 },
      ],
      launchDate: '2023-11-13',
      deadline: '2024-12-31',
      asOf: null,
      asOfDate: points.at(-1)![0],
      points: points.map(([date, n]) => ({ date, new: n, cumulative: (cumulative += n) })),
    };
  };
  const series = day([
    ['2023-11-13', 5],
    ['2023-11-30', 7],
    ['2023-12-01', 1],
    ['2024-01-05', 10],
  ]);

  it('sums days into months with the target in force at the month end', () => {
    expect(monthlyRows(series)).toEqual([
      { month: '2023-11-01', new: 12, cumulative: 12, target: 10_800 },
      { month: '2023-12-01', new: 1, cumulative: 13, target: 10_800 },
      { month: '2024-01-01', new: 10, cumulative: 23, target: 11_000 },
    ]);
    expect(targetOn(series, '2023-01-01')).toBe(10_800);
    expect(targetOn(series, '2024-01-02')).toBe(11_000);
  });

  it('puts each point at the end of its bucket, never past the data date, from 0 the day before launch', () => {
    const monthly = cumulativeLine({ day: series }, 'month');
    expect(monthly[0]).toEqual({ x: toDayNumber('2023-11-12'), y: 0 });
    expect(monthly.slice(1)).toEqual([
      { x: toDayNumber('2023-11-30'), y: 12 },
      { x: toDayNumber('2023-12-31'), y: 13 },
      { x: toDayNumber('2024-01-05'), y: 23 },
    ]);
    const daily = cumulativeLine({ day: series }, 'day');
    expect(daily.at(-1)).toEqual({ x: toDayNumber('2024-01-05'), y: 23 });
    expect(daily).toHaveLength(5);
  });
});

describe('rank gap', () => {
  const row = (code: string, name: string, rank: number, registered: number, asnCount: number, isCampaignRegion = false): RankingRow => ({
    code,
    name,
    kind: 'kabupaten',
    rank,
    asnCount,
    registered,
    active: registered,
    coverage: registered / asnCount,
    asOfDate: '2025-02-10',
    isCampaignRegion,
  });

  it('counts the workers to draw level with 1st, by count or by share of our own ASN', () => {
    const byCount: Ranking = {
      metric: 'count',
      asOfDate: '2025-02-10',
      provinceName: 'Jawa Tengah',
      rows: [row('3322', 'Semarang', 1, 6157, 10_600), row('3327', 'Pemalang', 2, 5593, 9800), row('3310', 'Klaten', 3, 5123, 11_000, true)],
    };
    expect(rankGap(byCount)).toMatchObject({ workersToFirst: 1034, us: { code: '3310' }, leader: { code: '3322' } });
    const byPercent: Ranking = { ...byCount, metric: 'percent', rows: [row('3371', 'Magelang', 1, 2320, 2900), row('3310', 'Klaten', 2, 5123, 11_000, true)] };
    // 80% of Klaten's 11.000 ASN is 8.800 workers: 3.677 more.
    expect(rankGap(byPercent)).toMatchObject({ workersToFirst: 3677 });
    expect(rankGap(byPercent)!.pointsToFirst).toBeCloseTo(0.8 - 5123 / 11_000, 10);
    expect(rankGap({ ...byCount, rows: byCount.rows.filter((r) => !r.isCampaignRegion) })).toBeNull();
  });
});

describe('formats and view', () => {
  it('writes changes in points and region names with their kind', () => {
    expect(formatSignedPoints(0.021, 'id')).toBe('+2,1 poin');
    expect(formatSignedPoints(-0.1234, 'en')).toBe('-12.3 pts');
    expect(formatSignedPoints(-0.0004, 'id')).toBe('0,0 poin');
    expect(regionName({ name: 'Semarang', kind: 'kabupaten' }, 'id')).toBe('Kab. Semarang');
    expect(regionName({ name: 'Semarang', kind: 'kota' }, 'en')).toBe('Semarang City');
  });

  it("reads the frozen view's parameters as the SPA does, and picks the language", () => {
    expect(readPageView({ path: '/peringkat', params: { metric: 'percent' } })).toMatchObject({ page: { page: '/peringkat' }, metric: 'percent' });
    expect(readPageView({ path: '/', params: { metric: 'nonsense', sort: 'name', interval: 'day' } })).toMatchObject({
      metric: 'count',
      sort: { key: 'name', direction: 'asc' },
      interval: 'day',
    });
    expect(readPageView({ path: '/unit', params: { jenis: 'sekolah' } })?.kind).toBe('sekolah');
    expect(readPageView({ path: '/admin/impor', params: {} })).toBeNull();
    expect(pickLang(undefined, { path: '/', params: {} })).toBe('id');
    expect(pickLang(undefined, { path: '/', params: { lang: 'en' } })).toBe('en');
    expect(pickLang('id', { path: '/', params: { lang: 'en' } })).toBe('id');
    expect(pickLang('fr', null)).toBe('id');
  });
});

describe('PUBLIC_URL', () => {
  it('is an optional http(s) address, kept without its trailing slash', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://pantau.klatenkab.go.id/' }).publicUrl).toBe('https://pantau.klatenkab.go.id');
    expect(loadConfig({ PUBLIC_URL: 'http://10.0.0.5:8080/pantau' }).publicUrl).toBe('http://10.0.0.5:8080/pantau');
    expect(() => loadConfig({ PUBLIC_URL: 'pantau.klatenkab.go.id' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://x.id/?a=1' })).toThrow(/PUBLIC_URL/);
  });
});
