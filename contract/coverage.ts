import { z } from 'zod';
import { UnitKind } from './breakdowns';
import { Count, IsoDate, IsoDateTime } from './common';

// Lasting coverage: protection lasts only while the monthly contribution is paid. A worker is covered on a
// day when one of their registrations started on or before it and is paid up to (active_until) or beyond it,
// or is still active with no end date. Each worker counts once, as everywhere.

export const CoverageMonth = z.object({
  month: IsoDate.meta({ description: 'First day of the month' }),
  registered: Count.meta({ description: 'Workers ever registered up to the end of the month (or asOfDate)' }),
  active: Count.meta({ description: 'Workers covered on the last day of the month (or asOfDate for the current month)' }),
  newRegistrations: Count,
  lapses: Count.meta({ description: 'Workers whose cover ended in this month and was not renewed' }),
  contributions: Count.meta({ description: 'Rupiah collected for the month: workers covered in it x monthlyContribution' }),
});
export type CoverageMonth = z.infer<typeof CoverageMonth>;

export const RetentionCohort = z.object({
  month: IsoDate.meta({ description: 'Registration month (first day)' }),
  size: Count.meta({ description: 'Workers first registered in that month' }),
  retained: z
    .array(Count)
    .meta({ description: 'retained[k]: of them, covered at the end of month k after registering (k=0: the same month); up to asOfDate' }),
});
export type RetentionCohort = z.infer<typeof RetentionCohort>;

export const ExpiringUnit = z.object({ id: z.number().int(), name: z.string(), kind: UnitKind, kecamatan: z.string(), count: Count });

export const Coverage = z
  .object({
    asOf: IsoDateTime.nullable(),
    asOfDate: IsoDate.nullable(),
    monthlyContribution: Count,
    months: z.array(CoverageMonth).meta({ description: 'Launch month to the asOfDate month, oldest first' }),
    cohorts: z.array(RetentionCohort).meta({ description: 'Oldest first' }),
    expiring: z.object({
      windowDays: z.literal(30),
      from: IsoDate.meta({ description: 'asOfDate + 1' }),
      to: IsoDate.meta({ description: 'asOfDate + 30' }),
      total: Count,
      units: z.array(ExpiringUnit).meta({ description: 'Units with at least one, most first; counts only, never names' }),
    }),
  })
  .meta({ id: 'Coverage' });
export type Coverage = z.infer<typeof Coverage>;
