import fc from 'fast-check';
import type { CampaignEvent, EventKind } from '../../../../contract/events';
import { addDays } from '../../../../contract/dates';
import { isoDateToMs } from '@/lib/dates';
import {
  badgeCenterY,
  eventChange,
  eventKindColors,
  eventsInDomain,
  eventWindow,
  layoutEventLabels,
  numberEvents,
  shortLabel,
  type EventLabel,
} from './event-annotations';

const event = (id: string, date: string, title: string, kind: EventKind = 'sosialisasi', before = 10, after = 20): CampaignEvent => ({
  id,
  date,
  title,
  kind,
  note: null,
  editable: kind !== 'impor' && kind !== 'target',
  before,
  after,
});

const domain = (from: string, to: string) => [isoDateToMs(from), isoDateToMs(to)] as const;

const SESSION_1 = event('e1', '2023-11-13', 'Sosialisasi sesi 1: OPD dan kecamatan', 'sosialisasi', 0, 900);
const SESSION_2 = event('e2', '2023-11-13', 'Sosialisasi sesi 2: Dinas Kesehatan dan Dinas Pendidikan', 'sosialisasi', 0, 900);
const HUT = event('e3', '2023-11-29', 'HUT Korpri ke-52', 'kegiatan', 600, 450);
const EDARAN = event('e4', '2024-01-15', 'Surat edaran Bupati', 'kebijakan', 200, 500);

describe('eventChange', () => {
  it('is the change of the 14 days after against the 14 days before', () => {
    expect(eventChange(200, 500)).toBe(1.5);
    expect(eventChange(600, 450)).toBe(-0.25);
    expect(eventChange(40, 40)).toBe(0);
  });

  it('has nothing to compare with when nobody registered before', () => {
    expect(eventChange(0, 900)).toBeNull();
    expect(eventChange(0, 0)).toBeNull();
  });
});

describe('numberEvents and eventsInDomain', () => {
  it('numbers oldest first, same-day events in the order the API sent them', () => {
    const numbered = numberEvents([EDARAN, SESSION_1, SESSION_2, HUT]);
    expect(numbered.map((e) => [e.number, e.id])).toEqual([
      [1, 'e1'],
      [2, 'e2'],
      [3, 'e3'],
      [4, 'e4'],
    ]);
    expect(numbered[3]!.change).toBe(1.5);
    expect(numbered[0]!.change).toBeNull();
    expect(numbered[0]!.t).toBe(Date.UTC(2023, 10, 13));
  });

  it('drops events outside the domain, ends included, and keeps the numbers of the whole list', () => {
    const shown = eventsInDomain([SESSION_1, SESSION_2, HUT, EDARAN], domain('2023-11-29', '2024-01-15'));
    expect(shown.map((e) => [e.number, e.id])).toEqual([
      [3, 'e3'],
      [4, 'e4'],
    ]);
    expect(eventsInDomain([SESSION_1, HUT], domain('2023-11-14', '2023-11-28'))).toEqual([]);
  });
});

describe('eventWindow', () => {
  it('counts the days of the 14 after an event that the data already covers', () => {
    // Data up to 23 Nov 2026: an event on 10 Nov has its 14 days (10–23 Nov); one on 16 Nov has 8.
    expect(eventWindow('2026-11-10', '2026-11-23')).toEqual({ window: 'complete', daysAfter: 14 });
    expect(eventWindow('2026-11-11', '2026-11-23')).toEqual({ window: 'partial', daysAfter: 13 });
    expect(eventWindow('2026-11-16', '2026-11-23')).toEqual({ window: 'partial', daysAfter: 8 });
    expect(eventWindow('2026-11-23', '2026-11-23')).toEqual({ window: 'partial', daysAfter: 1 });
    expect(eventWindow('2026-11-24', '2026-11-23')).toEqual({ window: 'future', daysAfter: 0 });
    expect(eventWindow('2026-11-24', null)).toEqual({ window: 'complete', daysAfter: 14 });
  });

  it('gives no change for an event whose 14 days after are still running', () => {
    const [fresh] = numberEvents([event('e1', '2026-11-16', 'Apel', 'kegiatan', 188, 85)], '2026-11-23');
    expect(fresh).toMatchObject({ window: 'partial', daysAfter: 8, change: null });
    const [done] = numberEvents([event('e1', '2026-11-09', 'Apel', 'kegiatan', 188, 85)], '2026-11-23');
    expect(done!.change).toBeCloseTo(-103 / 188, 12);
  });
});

describe('shortLabel', () => {
  it('keeps the part before a colon', () => {
    expect(shortLabel('Sosialisasi sesi 1: OPD dan kecamatan')).toBe('Sosialisasi sesi 1');
    expect(shortLabel('Impor rekap pendaftaran: rekap.csv', 24)).toBe('Impor rekap pendaftaran');
  });

  it('cuts a long title at a word, with an ellipsis, within the limit', () => {
    expect(shortLabel('Gerakan serentak ASN peduli')).toBe('Gerakan serentak…');
    expect(shortLabel('Sosialisasi awal tahun ajaran di sekolah', 20)).toBe('Sosialisasi awal…');
    expect(shortLabel('Supercalifragilistikexpialidocious', 10)).toBe('Supercali…');
  });

  it('leaves a short title alone', () => {
    expect(shortLabel('HUT Korpri ke-52')).toBe('HUT Korpri ke-52');
  });
});

describe('layoutEventLabels', () => {
  const fontSize = 14; // badge radius 12, gap 4, text at 12,6 px: 7,56 px a character (rounded up per label)

  it('stacks the two 13 Nov 2023 sessions in two rows on the same line', () => {
    const events = eventsInDomain([SESSION_1, SESSION_2, EDARAN], domain('2023-11-13', '2024-12-31'));
    const layout = layoutEventLabels(events, { domain: domain('2023-11-13', '2024-12-31'), plotWidth: 1000, fontSize, allowText: false });
    expect(layout.withText).toBe(false);
    expect(layout.lanes).toBe(2);
    const [first, second, third] = layout.labels;
    expect(first).toMatchObject({ number: 1, x: 0, left: -12, right: 12, lane: 0 });
    expect(second).toMatchObject({ number: 2, x: 0, left: -12, right: 12, lane: 1 });
    // 63 of 414 days: x = 152,17 px, far from the sessions, so back in the first row.
    expect(third!.x).toBeCloseTo((63 / 414) * 1000, 6);
    expect(third!.lane).toBe(0);
    // Rows: 24 px badge + 4 px apart; 8 px (0,6 × 14, rounded) above the plot.
    expect(layout.laneHeight).toBe(28);
    expect(layout.stripHeight).toBe(2 * 28 + 8);
    expect(badgeCenterY(layout, 0)).toBe(-20);
    expect(badgeCenterY(layout, 1)).toBe(-48);
  });

  it('writes short titles beside the numbers when they fit in two rows, flipping labels at the right edge', () => {
    const events = eventsInDomain([SESSION_1, EDARAN], domain('2023-11-13', '2024-01-15'));
    const layout = layoutEventLabels(events, { domain: domain('2023-11-13', '2024-01-15'), plotWidth: 600, fontSize, allowText: true });
    expect(layout.withText).toBe(true);
    expect(layout.lanes).toBe(1);
    const [session, edaran] = layout.labels;
    // "Sosialisasi sesi 1": 18 characters × 7,56 = 136,08 → 137 px, plus 24 px badge and 5 px space.
    expect(session).toMatchObject({ text: 'Sosialisasi sesi 1', anchor: 'start', left: -12, right: -12 + 24 + 5 + 137 });
    // The last day is the right edge: its label turns to end on the badge.
    expect(edaran).toMatchObject({ text: 'Surat edaran Bupati', anchor: 'end', x: 600, right: 612 });
  });

  it('falls back to numbers when titles would need more than two rows, keeping titles where a row has room', () => {
    const crowded = [SESSION_1, SESSION_2, HUT, event('e9', '2023-11-20', 'Apel pagi')];
    const d = domain('2023-11-13', '2024-12-31');
    const layout = layoutEventLabels(eventsInDomain(crowded, d), { domain: d, plotWidth: 900, fontSize, allowText: true });
    expect(layout.withText).toBe(false);
    // 900 px for 414 days: the sessions at 0 px, the apel (20 Nov) at 15,2 px, HUT Korpri (29 Nov) at 34,8 px.
    const byNumber = new Map(layout.labels.map((l) => [l.number, l]));
    expect([1, 2, 3, 4].map((n) => byNumber.get(n)!.lane)).toEqual([0, 1, 2, 0]);
    expect(layout.lanes).toBe(3);
    // Rows 1 and 2 hold one label each, so those get titles; in row 0 session 1's title would run into
    // HUT Korpri's badge at 22,8 px, so it stays a number and HUT Korpri, with room after it, gets its title.
    expect([1, 2, 3, 4].map((n) => byNumber.get(n)!.text)).toEqual(['', 'Sosialisasi sesi 2', 'Apel pagi', 'HUT Korpri ke-52']);
  });

  it('writes no titles on phones', () => {
    const d = domain('2023-11-13', '2024-12-31');
    const phone = layoutEventLabels(eventsInDomain([EDARAN], d), { domain: d, plotWidth: 300, fontSize: 12, allowText: false });
    expect(phone.withText).toBe(false);
    expect(phone.labels[0]!.text).toBe('');
  });

  it('keeps one row of room until the plot is measured, and none without events', () => {
    const d = domain('2023-11-13', '2024-12-31');
    const unmeasured = layoutEventLabels(eventsInDomain([SESSION_1], d), { domain: d, plotWidth: 0, fontSize, allowText: true });
    expect(unmeasured.labels).toEqual([]);
    expect(unmeasured.stripHeight).toBe(28 + 8);
    expect(layoutEventLabels([], { domain: d, plotWidth: 800, fontSize, allowText: true }).stripHeight).toBe(0);
  });

  it('gives every kind its own colour', () => {
    expect(new Set(Object.values(eventKindColors)).size).toBe(Object.keys(eventKindColors).length);
  });
});

/** The most labels covering one point, counting the gap that must separate two labels in a row. */
function deepestPile(labels: readonly EventLabel[], gap: number): number {
  let deepest = 0;
  for (const probe of labels) {
    const covering = labels.filter((l) => l.left <= probe.left && probe.left < l.right + gap).length;
    deepest = Math.max(deepest, covering);
  }
  return deepest;
}

describe('layoutEventLabels properties', () => {
  const FROM = '2023-11-13';
  const kinds: EventKind[] = ['sosialisasi', 'kebijakan', 'kegiatan', 'lainnya', 'impor', 'target'];
  const arbitraryEvents = fc.array(
    fc.record({
      offset: fc.integer({ min: -60, max: 800 }),
      title: fc.string({ minLength: 1, maxLength: 60 }),
      kind: fc.constantFrom(...kinds),
    }),
    { maxLength: 40 },
  );
  const arbitraryOptions = fc.record({
    spanDays: fc.integer({ min: 1, max: 720 }),
    plotWidth: fc.integer({ min: 40, max: 2400 }),
    fontSize: fc.constantFrom(12, 14, 18),
    allowText: fc.boolean(),
  });

  it('never lets two labels in a row overlap, and uses no more rows than the deepest pile-up', () => {
    fc.assert(
      fc.property(arbitraryEvents, arbitraryOptions, (raw, o) => {
        const events = raw.map((r, i) => event(`e${i}`, addDays(FROM, r.offset), r.title, r.kind));
        const d = domain(FROM, addDays(FROM, o.spanDays));
        const shown = eventsInDomain(events, d);
        const layout = layoutEventLabels(shown, { domain: d, plotWidth: o.plotWidth, fontSize: o.fontSize, allowText: o.allowText });
        const gap = Math.round(o.fontSize * 0.3);
        for (let lane = 0; lane < layout.lanes; lane++) {
          const row = layout.labels.filter((l) => l.lane === lane).sort((a, b) => a.left - b.left);
          expect(row.length).toBeGreaterThan(0);
          for (let i = 1; i < row.length; i++) expect(row[i - 1]!.right + gap).toBeLessThanOrEqual(row[i]!.left);
        }
        expect(layout.lanes).toBe(deepestPile(layout.labels, gap));
        if (layout.withText) expect(layout.lanes).toBeLessThanOrEqual(2);
        // Every badge sits on its own event's line, inside the label's extent.
        for (const l of layout.labels) {
          expect(l.left).toBeLessThanOrEqual(l.x - layout.badgeRadius + 1e-9);
          expect(l.right).toBeGreaterThanOrEqual(l.x + layout.badgeRadius - 1e-9);
        }
      }),
    );
  });

  it('labels exactly the events inside the domain, once each, and drops the rest', () => {
    fc.assert(
      fc.property(arbitraryEvents, arbitraryOptions, (raw, o) => {
        const events = raw.map((r, i) => event(`e${i}`, addDays(FROM, r.offset), r.title, r.kind));
        const to = addDays(FROM, o.spanDays);
        const d = domain(FROM, to);
        const inside = events.filter((e) => e.date >= FROM && e.date <= to).map((e) => e.id).sort();
        const shown = eventsInDomain(events, d);
        expect(shown.map((e) => e.id).sort()).toEqual(inside);
        const layout = layoutEventLabels(shown, { domain: d, plotWidth: o.plotWidth, fontSize: o.fontSize, allowText: o.allowText });
        expect(layout.labels.map((l) => l.number).sort((a, b) => a - b)).toEqual(shown.map((e) => e.number).sort((a, b) => a - b));
        for (const l of layout.labels) {
          expect(l.x).toBeGreaterThanOrEqual(0);
          expect(l.x).toBeLessThanOrEqual(o.plotWidth + 1e-9);
        }
      }),
    );
  });
});
