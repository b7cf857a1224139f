import { z } from 'zod';

export const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({
      driver: z.enum(['pglite', 'postgres']),
      reachable: z.boolean(),
      latencyMs: z.number().nonnegative().nullable(),
    }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
