import { z } from 'zod';
import { Count, IsoDate, Ratio, Region } from './common';

export const RankingMetric = z.enum(['count', 'percent']);
export type RankingMetric = z.infer<typeof RankingMetric>;

export const RankingQuery = z.object({
  metric: RankingMetric.default('count').meta({ description: 'count: workers registered; percent: registered / ASN' }),
});

export const RankingRow = z.object({
  ...Region.shape,
  rank: z.number().int().positive().meta({ description: 'Competition rank: ties share a rank' }),
  asnCount: Count,
  registered: Count,
  active: Count,
  coverage: Ratio.meta({ description: 'registered / asnCount' }),
  asOfDate: IsoDate.nullable().meta({ description: "Date of this region's figures" }),
  isCampaignRegion: z.boolean().meta({ description: "The campaign's own region, computed from its records" }),
});
export type RankingRow = z.infer<typeof RankingRow>;

export const Ranking = z
  .object({
    metric: RankingMetric,
    asOfDate: IsoDate.nullable(),
    provinceName: z.string().meta({ example: 'Jawa Tengah' }),
    rows: z.array(RankingRow).meta({ description: 'Best first' }),
  })
  .meta({ id: 'Ranking' });
export type Ranking = z.infer<typeof Ranking>;

export const RankingHistory = z
  .object({
    metric: RankingMetric,
    dates: z.array(IsoDate).meta({ description: 'Weekly (Mondays) from launch, then asOfDate' }),
    series: z.array(
      z.object({
        ...Region.shape,
        isCampaignRegion: z.boolean(),
        ranks: z.array(z.number().int().positive()).meta({ description: 'One rank per entry of dates' }),
        values: z.array(z.number().nonnegative()).meta({ description: 'The ranked value per date (count or ratio)' }),
      }),
    ),
  })
  .meta({ id: 'RankingHistory' });
export type RankingHistory = z.infer<typeof RankingHistory>;
