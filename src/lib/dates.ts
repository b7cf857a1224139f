/** Chart positions for `YYYY-MM-DD` dates: UTC midnights, so no viewer's time zone can shift a day. Calendar arithmetic lives in contract/dates.ts. */
/** Jakarta keeps UTC+7 all year (no daylight saving). */
export const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

export function isoDateToMs(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

export function msToIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
