import fc from 'fast-check';
import type { CampaignEvent } from '../../../../contract/events';
import { addDays } from '../../../../contract/dates';
import { numberEvents } from './event-annotations';
import { eventSortParam } from '@/lib/url-state/params';
import { largestRise, sortEvents } from './event-table';

const ev = (id: string, date: string, before: number, after: number): CampaignEvent => ({
  id, date, title: id, kind: 'kegiatan', note: null, editable: true, before, after,
});

// change: a none (before 0), b +100%, c -50%, d +100%
const events = numberEvents([ev('a', '2023-11-13', 0, 900), ev('b', '2023-11-29', 100, 200), ev('c', '2024-01-15', 400, 200), ev('d', '2024-03-04', 50, 100)]);

describe('sortEvents', () => {
  it('puts newest first by default and oldest first ascending', () => {
    expect(sortEvents(events, eventSortParam.defaultValue).map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(sortEvents(events, { key: 'date', direction: 'asc' }).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts by change with ties in date order and no comparison last, both ways', () => {
    expect(sortEvents(events, { key: 'change', direction: 'desc' }).map((e) => e.id)).toEqual(['b', 'd', 'c', 'a']);
    expect(sortEvents(events, { key: 'change', direction: 'asc' }).map((e) => e.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(sortEvents(events, { key: 'after', direction: 'desc' }).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns the same events, ordered, for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(50), fc.nat(50)), { maxLength: 30 }), fc.constantFrom('date', 'before', 'after', 'change'), fc.boolean(), (rows, key, asc) => {
        const list = numberEvents(rows.map(([day, b, a], i) => ev(`x${i}`, addDays('2024-01-01', day), b, a)));
        const sorted = sortEvents(list, { key: key as 'date', direction: asc ? 'asc' : 'desc' });
        expect(sorted.map((e) => e.number).sort((x, y) => x - y)).toEqual(list.map((e) => e.number));
        const value = (e: (typeof list)[number]) => (key === 'date' ? e.number : e[key as 'before' | 'after' | 'change']);
        for (let i = 1; i < sorted.length; i++) {
          const [p, q] = [value(sorted[i - 1]!), value(sorted[i]!)];
          if (p === null) expect(q).toBeNull();
          else if (q !== null) expect(asc ? p <= q : p >= q).toBe(true);
        }
      }),
    );
  });
});

describe('eventSortParam', () => {
  it('round-trips through the URL and ignores what it does not know', () => {
    for (const sort of [{ key: 'change', direction: 'desc' }, { key: 'before', direction: 'asc' }] as const) {
      expect(eventSortParam.parse(eventSortParam.serialize(sort))).toEqual(sort);
    }
    expect(eventSortParam.serialize({ key: 'change', direction: 'desc' })).toBe('-change');
    expect(eventSortParam.parse('-judul')).toBeUndefined();
  });
});

describe('largestRise', () => {
  it('picks the biggest rise against a real baseline, the earlier one on a tie', () => {
    expect(largestRise(events)?.id).toBe('b');
    expect(largestRise(numberEvents([ev('a', '2023-11-13', 0, 900), ev('c', '2024-01-15', 400, 200)]))).toBeNull();
  });
});
