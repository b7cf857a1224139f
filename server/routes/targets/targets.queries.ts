import type { CampaignTargetInput, TargetHistory, TargetVersion, UnitTargetInput } from '../../../contract/targets';
import type { Db, Queryable } from '../../db/client';
import { writeCampaignVersion, writeUnitVersion } from '../../campaign/target-versions';
import { NoCampaignError } from '../../campaign/get-campaign';

/** A refused change, answered 400 with the field named first, as the request validation does. */
export class TargetInputError extends Error {}

export class TargetUnitNotFoundError extends Error {
  constructor(id: number) {
    super(`Unit #${id} tidak ditemukan.`);
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
/** "13 Nov 2023", as src/lib/format.ts writes it: messages from the server are read as they are. */
export const formatCountId = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
export const formatDateId = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

export async function queryTargetHistory(db: Queryable): Promise<TargetHistory> {
  const [current] = await db.query<{ asn_count: number; workers_per_asn: number; launch_date: string; deadline: string }>(
    'select asn_count, workers_per_asn, launch_date::text as launch_date, deadline::text as deadline from campaign',
  );
  if (!current) throw new NoCampaignError();
  const rows = await db.query<{
    id: number; unit_id: number | null; unit_name: string | null; effective_from: string; asn_count: number; workers_per_asn: number;
    deadline: string | null; previous_asn_count: number | null; previous_workers_per_asn: number | null; previous_deadline: string | null;
    note: string | null; changed_by: string | null; changed_at: Date | string;
  }>(
    `select v.id, v.unit_id, u.name as unit_name, v.effective_from::text as effective_from, v.asn_count, v.workers_per_asn,
            v.deadline::text as deadline, v.previous_asn_count, v.previous_workers_per_asn, v.previous_deadline::text as previous_deadline,
            v.note, v.changed_by, v.changed_at
       from target_versions v left join units u on u.id = v.unit_id
      order by v.changed_at desc, v.id desc`,
  );
  const versions = rows.map((r): TargetVersion => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    effectiveFrom: r.effective_from,
    asnCount: r.asn_count,
    workersPerAsn: r.workers_per_asn,
    target: r.asn_count * r.workers_per_asn,
    deadline: r.deadline,
    previous:
      r.previous_asn_count === null
        ? null
        : {
            asnCount: r.previous_asn_count,
            workersPerAsn: r.previous_workers_per_asn ?? r.workers_per_asn,
            target: r.previous_asn_count * (r.previous_workers_per_asn ?? r.workers_per_asn),
            deadline: r.previous_deadline,
          },
    note: r.note,
    changedBy: r.changed_by,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
  return {
    current: {
      asnCount: current.asn_count,
      workersPerAsn: current.workers_per_asn,
      target: current.asn_count * current.workers_per_asn,
      launchDate: current.launch_date,
      deadline: current.deadline,
    },
    versions,
  };
}

/** The date checks both kinds of change share: from the launch, not in the future, not before the scope's last change. */
function checkEffectiveFrom(effectiveFrom: string, launchDate: string, today: string, last: string | null): string[] {
  const problems: string[] = [];
  if (effectiveFrom < launchDate) problems.push(`effectiveFrom: tanggal berlaku tidak boleh sebelum peluncuran kampanye (${formatDateId(launchDate)})`);
  if (effectiveFrom > today) problems.push(`effectiveFrom: tanggal berlaku tidak boleh di masa depan (hari ini ${formatDateId(today)})`);
  if (last !== null && effectiveFrom < last && effectiveFrom >= launchDate) {
    problems.push(`effectiveFrom: tanggal berlaku tidak boleh sebelum perubahan target terakhir (${formatDateId(last)})`);
  }
  return problems;
}

function refuse(problems: string[]): void {
  if (problems.length > 0) throw new TargetInputError(problems.join('; '));
}

/** A new campaign target: checked, then written with the campaign row in one transaction. */
export async function changeCampaignTarget(db: Db, input: CampaignTargetInput, by: string | null, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [c] = await tx.query<{ asn_count: number; workers_per_asn: number; launch_date: string; deadline: string }>(
      'select asn_count, workers_per_asn, launch_date::text as launch_date, deadline::text as deadline from campaign for update',
    );
    if (!c) throw new NoCampaignError();
    const [last] = await tx.query<{ d: string | null }>('select max(effective_from)::text as d from target_versions where unit_id is null');
    const problems = checkEffectiveFrom(input.effectiveFrom, c.launch_date, today, last?.d ?? null);
    if (input.deadline <= c.launch_date) problems.push(`deadline: tenggat harus setelah tanggal peluncuran (${formatDateId(c.launch_date)})`);
    if (problems.length === 0 && input.asnCount === c.asn_count && input.workersPerAsn === c.workers_per_asn && input.deadline === c.deadline) {
      problems.push('asnCount: tidak ada perubahan: jumlah ASN, pekerja per ASN dan tenggat sama dengan yang berlaku');
    }
    refuse(problems);
    return writeCampaignVersion(tx, { ...input, changedBy: by });
  });
}

/** A unit's new ASN count (its target is that times the campaign's ratio). */
export async function changeUnitTarget(db: Db, unitId: number, input: UnitTargetInput, by: string | null, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [c] = await tx.query<{ launch_date: string }>('select launch_date::text as launch_date from campaign');
    if (!c) throw new NoCampaignError();
    const [unit] = await tx.query<{ asn_count: number }>('select asn_count from units where id = $1 for update', [unitId]);
    if (!unit) throw new TargetUnitNotFoundError(unitId);
    const [last] = await tx.query<{ d: string | null }>('select max(effective_from)::text as d from target_versions where unit_id = $1', [unitId]);
    const problems = checkEffectiveFrom(input.effectiveFrom, c.launch_date, today, last?.d ?? null);
    if (problems.length === 0 && input.asnCount === unit.asn_count) {
      problems.push(`asnCount: tidak ada perubahan: jumlah ASN unit ini sudah ${formatCountId(unit.asn_count)}`);
    }
    refuse(problems);
    return writeUnitVersion(tx, { unitId, ...input, changedBy: by });
  });
}
