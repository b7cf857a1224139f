import { EVENT_WINDOW_DAYS, type CampaignEvent } from '../../../../contract/events';
import type { TimeseriesPoint } from '../../../../contract/timeseries';
import { addDays } from '../../../../contract/dates';

/**
 * The campaign's events with their before/after recounted for one unit or kecamatan, from its daily
 * series: on its page "59 → 620" must be its own workers, not the whole campaign's. Same windows as the
 * API (contract/events.ts): the 14 days before the date, and the date with the 13 days after. Pure.
 */
export function scopeEventEffects<E extends Pick<CampaignEvent, 'date' | 'before' | 'after'>>(
  events: readonly E[],
  daily: readonly Pick<TimeseriesPoint, 'date' | 'new'>[],
): E[] {
  const sum = (from: string, to: string) => daily.reduce((total, p) => (p.date >= from && p.date <= to ? total + p.new : total), 0);
  return events.map((e) => ({
    ...e,
    before: sum(addDays(e.date, -EVENT_WINDOW_DAYS), addDays(e.date, -1)),
    after: sum(e.date, addDays(e.date, EVENT_WINDOW_DAYS - 1)),
  }));
}
