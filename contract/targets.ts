import { z } from 'zod';
import { Count, IsoDate, IsoDateTime } from './common';

// Targets are data with history: every change is a new version, never an overwrite, and shows on the
// time charts as an event of kind `target`, so a projection never points silently at an old goal.

export const TargetVersion = z
  .object({
    id: z.number().int(),
    unitId: z.number().int().nullable().meta({ description: 'null: the whole campaign; else the unit whose ASN count changed' }),
    unitName: z.string().nullable(),
    effectiveFrom: IsoDate.meta({ description: 'The WIB date from which this version holds' }),
    asnCount: Count,
    workersPerAsn: z.number().int().positive(),
    target: Count.meta({ description: 'asnCount x workersPerAsn' }),
    deadline: IsoDate.nullable().meta({ description: 'Campaign versions only' }),
    previous: z
      .object({ asnCount: Count, workersPerAsn: z.number().int().positive(), target: Count, deadline: IsoDate.nullable() })
      .nullable()
      .meta({ description: 'The values this version replaced; null for the first version' }),
    note: z.string().nullable(),
    changedBy: z.string().nullable().meta({ description: 'Username; null for the version set up at first start' }),
    changedAt: IsoDateTime,
  })
  .meta({ id: 'TargetVersion' });
export type TargetVersion = z.infer<typeof TargetVersion>;

export const TargetHistory = z
  .object({
    current: z.object({
      asnCount: Count,
      workersPerAsn: z.number().int().positive(),
      target: Count,
      launchDate: IsoDate,
      deadline: IsoDate,
    }),
    versions: z.array(TargetVersion).meta({ description: 'Campaign and unit versions, newest first' }),
  })
  .meta({ id: 'TargetHistory' });
export type TargetHistory = z.infer<typeof TargetHistory>;

const Note = z.string().trim().max(500, 'catatan maksimal 500 karakter').nullable().default(null);

export const CampaignTargetInput = z
  .object({
    asnCount: z.number().int('jumlah ASN harus bilangan bulat').positive('jumlah ASN harus lebih dari 0').max(10_000_000),
    workersPerAsn: z.number().int().positive('pekerja per ASN harus lebih dari 0').max(100),
    deadline: IsoDate,
    effectiveFrom: IsoDate.meta({ description: 'Usually today (WIB); not before the launch date, not in the future' }),
    note: Note,
  })
  .meta({ id: 'CampaignTargetInput' });
export type CampaignTargetInput = z.infer<typeof CampaignTargetInput>;

export const UnitTargetInput = z
  .object({
    asnCount: z.number().int('jumlah ASN harus bilangan bulat').nonnegative('jumlah ASN tidak boleh negatif').max(1_000_000),
    effectiveFrom: IsoDate,
    note: Note,
  })
  .meta({ id: 'UnitTargetInput' });
export type UnitTargetInput = z.infer<typeof UnitTargetInput>;
