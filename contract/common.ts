import { z } from 'zod';
import { isIsoDate } from './dates';

/** A calendar date in WIB (Asia/Jakarta), `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDate, 'not a calendar date')
  .meta({ description: 'Calendar date in WIB (Asia/Jakarta), YYYY-MM-DD', example: '2023-11-13' });

/** An instant, ISO 8601 with offset. */
export const IsoDateTime = z.iso.datetime({ offset: true }).meta({ example: '2026-11-23T11:50:00.000Z' });

export const Count = z.number().int().nonnegative();

/** A share as a ratio: 0.734 means 73,4%. Not clipped: over 1 means over target. */
export const Ratio = z.number().nonnegative().meta({ description: 'Ratio, 0.734 = 73,4%; may exceed 1' });

export const RegionKind = z.enum(['kabupaten', 'kota']);
export type RegionKind = z.infer<typeof RegionKind>;

export const Region = z
  .object({
    code: z.string().regex(/^\d{4}$/).meta({ example: '3310' }),
    name: z.string().meta({ example: 'Klaten' }),
    kind: RegionKind,
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof Region>;

export const ApiError = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'invalid_query' }),
      message: z.string(),
    }),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiError>;
