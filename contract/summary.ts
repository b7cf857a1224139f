import { z } from 'zod';
import { Count, IsoDate, IsoDateTime, Ratio, Region } from './common';

export const Summary = z
  .object({
    region: Region,
    registered: Count.meta({ description: 'Workers ever registered, each worker (NIK) counted once' }),
    active: Count.meta({ description: 'Registered workers whose contribution is paid up: protected now' }),
    target: Count.meta({ description: 'asnCount x workersPerAsn' }),
    asnCount: Count,
    workersPerAsn: z.number().int().positive(),
    progress: Ratio.meta({ description: 'registered / target, not clipped' }),
    activeShare: Ratio.meta({ description: 'active / registered' }),
    monthlyContribution: Count.meta({ description: 'Contribution per worker per month, Rupiah', example: 16800 }),
    monthlyContributionsTotal: Count.meta({ description: 'active x monthlyContribution, Rupiah per month' }),
    newThisWeek: Count.meta({ description: 'Workers first registered in the 7 days ending asOfDate' }),
    newLastWeek: Count.meta({ description: 'Workers first registered in the 7 days before that' }),
    launchDate: IsoDate,
    deadline: IsoDate,
    asOf: IsoDateTime.nullable().meta({ description: 'When the newest registration data was loaded; null when none' }),
    asOfDate: IsoDate.nullable().meta({ description: 'The WIB date the newest registration data speaks for' }),
    isDemo: z.boolean().meta({ description: 'True when the data is the generated demo campaign' }),
  })
  .meta({ id: 'Summary' });
export type Summary = z.infer<typeof Summary>;
