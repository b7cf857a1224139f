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

export const OccupationRow = z.object({ occupation: z.string(), registered: Count, active: Count, share: Ratio });
export type OccupationRow = z.infer<typeof OccupationRow>;
export const OccupationBreakdown = z
  .object({ ...Stamp, rows: z.array(OccupationRow).meta({ description: 'Largest first' }) })
  .meta({ id: 'OccupationBreakdown' });
export type OccupationBreakdown = z.infer<typeof OccupationBreakdown>;
