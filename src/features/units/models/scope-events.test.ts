import fc from 'fast-check';
import { addDays } from '../../../../contract/dates';
import { scopeEventEffects } from './scope-events';

const daily = (from: string, news: number[]) => news.map((n, i) => ({ date: addDays(from, i), new: n }));

describe('scopeEventEffects', () => {
  it('counts the 14 days before an event and the date with the 13 days after', () => {
    // 1 a day from 1 Nov; 10 a day from 13 Nov (the event), for 30 days.
    const points = daily('2023-11-01', Array.from({ length: 30 }, (_, i) => (i < 12 ? 1 : 10)));
    const [e] = scopeEventEffects([{ date: '2023-11-13', before: 999, after: 999, title: 'Sosialisasi' }], points);
    // Before: 30 Oct..12 Nov, of which 1..12 Nov hold data: 12. After: 13..26 Nov: 14 days of 10.
    expect(e).toEqual({ date: '2023-11-13', before: 12, after: 140, title: 'Sosialisasi' });
  });

  it('splits the days around any event without losing or double-counting one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: -5, max: 70 }), (news, offset) => {
        const points = daily('2024-01-01', news);
        const date = addDays('2024-01-01', offset);
        const [e] = scopeEventEffects([{ date, before: 0, after: 0 }], points);
        const inWindow = points.filter((p) => p.date >= addDays(date, -14) && p.date <= addDays(date, 13)).reduce((a, p) => a + p.new, 0);
        expect(e!.before + e!.after).toBe(inWindow);
      }),
    );
  });
});
