import { z } from 'zod';
import { Scope, ScopeQuery } from './breakdowns';
import { Count, IsoDate, IsoDateTime } from './common';

export const Interval = z.enum(['day', 'week', 'month']);
export type Interval = z.infer<typeof Interval>;

export const TimeseriesQuery = ScopeQuery.extend({
  interval: Interval.default('week').meta({ description: 'Bucket size; weeks start on Monday (WIB)' }),
});

export const TimeseriesPoint = z.object({
  date: IsoDate.meta({ description: 'First day of the bucket' }),
  new: Count.meta({ description: 'Workers first registered in this bucket' }),
  cumulative: Count.meta({ description: 'Workers registered up to the end of this bucket' }),
});
export type TimeseriesPoint = z.infer<typeof TimeseriesPoint>;

export const Timeseries = z
  .object({
    interval: Interval,
    scope: Scope,
    target: Count.meta({ description: "The scope's current target (campaign, unit or kecamatan)" }),
    targetSteps: z
      .array(z.object({ from: IsoDate, target: Count }))
      .meta({ description: "The scope's target over time, oldest first: each entry holds from its date until the next" }),
    launchDate: IsoDate,
    deadline: IsoDate,
    asOf: IsoDateTime.nullable(),
    asOfDate: IsoDate.nullable(),
    points: z.array(TimeseriesPoint).meta({ description: 'Every bucket from launch to asOfDate, empty ones included' }),
  })
  .meta({ id: 'Timeseries' });
export type Timeseries = z.infer<typeof Timeseries>;
