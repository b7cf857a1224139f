import { z } from 'zod';
import { Count, IsoDate, IsoDateTime, Ratio } from './common';

export const UnitKind = z.enum(['opd', 'sekolah', 'puskesmas', 'kecamatan']);
export type UnitKind = z.infer<typeof UnitKind>;

const Progress = {
  asnCount: Count,
  target: Count.meta({ description: "The unit's own target: its ASN x workersPerAsn" }),
  registered: Count,
  active: Count,
  progress: Ratio.meta({ description: 'registered / target, not clipped; 0 when target is 0' }),
  lastRegistration: IsoDate.nullable().meta({ description: 'Date of the newest registration' }),
  newLast7Days: Count.meta({ description: 'Workers first registered in the 7 days ending asOfDate' }),
  newLast14Days: Count.meta({ description: 'Workers first registered in the 14 days ending asOfDate' }),
  newLast28Days: Count.meta({ description: 'Workers first registered in the 28 days ending asOfDate' }),
  expiringNext30Days: Count.meta({ description: 'Workers protected now whose paid-up cover ends within 30 days after asOfDate' }),
};

const Stamp = { asOf: IsoDateTime.nullable(), asOfDate: IsoDate.nullable() };

export const UnitRow = z.object({ id: z.number().int(), name: z.string(), kind: UnitKind, kecamatan: z.string(), ...Progress });
export type UnitRow = z.infer<typeof UnitRow>;
export const UnitBreakdown = z.object({ ...Stamp, rows: z.array(UnitRow) }).meta({ id: 'UnitBreakdown' });
export type UnitBreakdown = z.infer<typeof UnitBreakdown>;

export const KecamatanRow = z.object({ name: z.string(), unitCount: Count, ...Progress });
export type KecamatanRow = z.infer<typeof KecamatanRow>;
export const KecamatanBreakdown = z.object({ ...Stamp, rows: z.array(KecamatanRow) }).meta({ id: 'KecamatanBreakdown' });
export type KecamatanBreakdown = z.infer<typeof KecamatanBreakdown>;

/**
 * Narrows a time series or the occupation mix to one unit or one kecamatan (drill-down). Neither: the whole
 * campaign. Both at once is a 400.
 */
export const ScopeQuery = z.object({
  unit: z.coerce.number().int().positive().optional().meta({ description: 'Unit id (from /breakdown/units)' }),
  kecamatan: z.string().trim().min(1).max(80).optional().meta({ description: 'Kecamatan name, as in /breakdown/kecamatan' }),
});
export type ScopeQuery = z.infer<typeof ScopeQuery>;

export const Scope = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('campaign') }),
    z.object({ kind: z.literal('unit'), id: z.number().int(), name: z.string(), unitKind: UnitKind, kecamatan: z.string() }),
    z.object({ kind: z.literal('kecamatan'), name: z.string() }),
  ])
  .meta({ id: 'Scope' });
export type Scope = z.infer<typeof Scope>;

export const OccupationRow = z.object({ occupation: z.string(), registered: Count, active: Count, share: Ratio });
export type OccupationRow = z.infer<typeof OccupationRow>;
export const OccupationBreakdown = z
  .object({ ...Stamp, scope: Scope, rows: z.array(OccupationRow).meta({ description: 'Largest first' }) })
  .meta({ id: 'OccupationBreakdown' });
export type OccupationBreakdown = z.infer<typeof OccupationBreakdown>;
