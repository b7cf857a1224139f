import { isoDateToMs, msToIsoDate } from './dates';

describe('dates', () => {
  it('round-trips calendar dates through chart positions', () => {
    for (const date of ['2023-11-13', '2024-02-29', '2026-12-31']) expect(msToIsoDate(isoDateToMs(date))).toBe(date);
    expect(isoDateToMs('2023-11-14') - isoDateToMs('2023-11-13')).toBe(86_400_000);
  });
});
