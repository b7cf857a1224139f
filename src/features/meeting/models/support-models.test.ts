import { encode } from 'uqr';
import { demoApi } from '../../../../mocks/node';
import { dictionaryFor } from '@/lib/i18n/use-t';
import { buildPaceSlide } from './pace-slide';
import { qrShape } from './qr';
import { buildRankingSlide } from './ranking-slide';
import { displayLink, meetingSnapshotRequest, overviewLink } from './share-target';
import { stampText } from './stamp';
import { paletteStyle, PALETTES } from './theme';
import { CreateSnapshotRequest } from '../../../../contract/snapshots';

describe('the stamp on every slide', () => {
  const t = dictionaryFor('id');
  it('says when the data was loaded, to the minute, in WIB', () => {
    expect(stampText({ asOf: '2023-11-13T07:05:00.000Z', asOfDate: '2023-11-13' }, t, 'id')).toBe('Data per 13 Nov 2023, 14.05 WIB');
    expect(stampText({ asOf: '2023-11-13T07:05:00.000Z', asOfDate: '2023-11-13' }, dictionaryFor('en'), 'en')).toBe('Data as of 13 Nov 2023, 14:05 WIB');
  });
  it('falls back to the day, then to "no data yet"', () => {
    expect(stampText({ asOf: null, asOfDate: '2023-11-13' }, t, 'id')).toBe('Data per 13 Nov 2023');
    expect(stampText({ asOf: null, asOfDate: null }, t, 'id')).toBe(t.noDataYet);
    expect(stampText(undefined, t, 'id')).toBeNull();
  });
});

describe('the QR code', () => {
  it('draws exactly the dark modules of the code, one rectangle per run', () => {
    const text = 'https://pantau.example/s/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
    const { data, size } = encode(text, { ecc: 'M', border: 0 });
    const shape = qrShape(text);
    expect(shape.size).toBe(size);
    let area = 0;
    for (const [, w] of shape.path.matchAll(/h(\d+)v1h-\d+z/g)) area += Number(w);
    expect(area).toBe(data.flat().filter(Boolean).length);
    // Rows with a run: every rectangle starts inside the code.
    for (const [, x, y] of shape.path.matchAll(/M(\d+) (\d+)/g)) {
      expect(Number(x)).toBeLessThan(size);
      expect(Number(y)).toBeLessThan(size);
    }
  });
});

describe('where the QR code leads', () => {
  it('is the live overview, in the deck language', () => {
    expect(overviewLink('https://pantau.example', 'id')).toBe('https://pantau.example/');
    expect(overviewLink('https://pantau.example', 'en')).toBe('https://pantau.example/?lang=en');
    expect(displayLink('https://pantau.example/')).toBe('pantau.example');
    expect(displayLink('http://127.0.0.1:8080/s/abc')).toBe('127.0.0.1:8080/s/abc');
  });

  it('asks for a snapshot of the overview that the contract accepts', () => {
    const id = CreateSnapshotRequest.parse(meetingSnapshotRequest('Rapat: ringkasan kampanye per 23 Nov 2026', 'id'));
    expect(id.view).toEqual({ path: '/', params: {} });
    expect(id.expiresInDays).toBe(30);
    expect(CreateSnapshotRequest.parse(meetingSnapshotRequest('Meeting', 'en')).view.params).toEqual({ lang: 'en' });
  });
});

describe('the ranking slide', () => {
  const ranking = demoApi.ranking('count');
  const history = demoApi.rankingHistory('count');
  const deadline = demoApi.summary().deadline;

  it('shows the top five and the campaign region, with its gap to first place in workers', () => {
    const model = buildRankingSlide(ranking, history, deadline)!;
    const first = ranking.rows.find((r) => r.rank === 1)!;
    const self = ranking.rows.find((r) => r.isCampaignRegion)!;
    expect(model.campaign).toEqual(self);
    expect(model.rows.slice(0, 5).map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(model.rows).toContain(self);
    expect(model.leader!.row.code).toBe(first.code);
    expect(model.leader!.workers).toBe(first.registered - self.registered);
    expect(model.total).toBe(35);
  });

  it('adds the campaign region after the top when it ranks lower, and has no gap when it is first', () => {
    const self = ranking.rows.find((r) => r.isCampaignRegion)!;
    const demoted = { ...ranking, rows: ranking.rows.map((r) => (r.isCampaignRegion ? { ...r, registered: 10, rank: 35 } : r)) };
    const low = buildRankingSlide(demoted, undefined, deadline)!;
    expect(low.rows).toHaveLength(6);
    expect(low.rows.at(-1)!.code).toBe(self.code);
    const top = { ...ranking, rows: ranking.rows.map((r) => (r.isCampaignRegion ? { ...r, registered: 1_000_000, rank: 1 } : r)) };
    expect(buildRankingSlide(top, history, deadline)!.leader).toBeNull();
    expect(buildRankingSlide({ ...ranking, rows: ranking.rows.filter((r) => !r.isCampaignRegion) }, history, deadline)).toBeNull();
  });
});

describe('the pace slide', () => {
  it('labels the newest point and the target on the deadline, with the two rates', () => {
    const weekly = demoApi.timeseries('week', {});
    const daily = demoApi.timeseries('day', {});
    const model = buildPaceSlide(weekly, daily)!;
    const summary = demoApi.summary();
    expect(model.latest.value).toBe(summary.registered);
    expect(model.latest.date).toBe(summary.asOfDate);
    expect(model.goal).toMatchObject({ value: summary.target, date: summary.deadline });
    expect(model.yTicks[0]).toBe(0);
    expect(model.yTicks.at(-1)).toBe(model.yMax);
    expect(model.yMax).toBeGreaterThanOrEqual(summary.target);
    expect(model.pace!.needed.status).toBe('needed');
  });

  it('has nothing to draw before anyone registers', () => {
    const weekly = demoApi.timeseries('week', {});
    expect(buildPaceSlide({ ...weekly, points: weekly.points.map((p) => ({ ...p, new: 0, cumulative: 0 })) }, undefined)).toBeNull();
  });
});

describe('the palettes', () => {
  /** WCAG relative luminance and contrast. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it.each(Object.entries(PALETTES))('%s: every text colour is at least 7:1 on the slide and on the tinted panel', (_, p) => {
    for (const ink of [p.ink, p.ink2, p.green, p.blue, p.warn]) {
      expect(contrast(ink, p.bg)).toBeGreaterThanOrEqual(7);
      expect(contrast(ink, p.panel)).toBeGreaterThanOrEqual(6);
    }
    // Bars against their track: at least 3:1 (WCAG 1.4.11).
    expect(contrast(p.green, p.track)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.blue, p.track)).toBeGreaterThanOrEqual(3);
  });

  it('becomes CSS variables on the deck', () => {
    expect(paletteStyle('gelap')).toMatchObject({ '--deck-bg': PALETTES.gelap.bg, '--deck-ink': PALETTES.gelap.ink });
  });
});
