import type { Queryable, Db } from '../db/client';
import { restartTargetHistory } from '../campaign/target-versions';
import { rebuildRollups, refreshRollupsOf } from '../db/rollups';

const IMPORT_LOCK = 7_310_2024;

export class ImportStateError extends Error {
  constructor(message: string, readonly code: 'not_found' | 'conflict' | 'rejected') {
    super(message);
    this.name = 'ImportStateError';
  }
}

const REG_COLUMNS = ['registered_on', 'unit_id', 'occupation', 'monthly_contribution', 'status', 'active_until', 'worker_key', 'registrant_key'] as const;

/** Staged registrations joined to their unit (matched ignoring case). */
const STAGED_WITH_UNIT = `
  select s.*, u.id as unit_id from staged_registrations s
  left join lateral (select id from units where lower(name) = lower(s.unit_name) order by id limit 1) u on true
  where s.import_id = $1`;

const REG_DIFFERS = `(r.${REG_COLUMNS.join(', r.')}) is distinct from (s.${REG_COLUMNS.join(', s.')})`;
const RECAP_DIFFERS = `(r.asn_count, r.registered, r.active) is distinct from (s.asn_count, s.registered, s.active)`;

export interface ChangeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** What applying would do now, against the data as it is at this moment. */
export async function countChanges(db: Queryable, id: number, kind: 'registrations' | 'regional', replacesDemo: boolean): Promise<ChangeCounts> {
  if (replacesDemo) {
    const table = kind === 'registrations' ? 'staged_registrations' : 'staged_recaps';
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where import_id = $1`, [id]);
    return { added: row!.n, updated: 0, unchanged: 0 };
  }
  const [row] = await db.query<ChangeCounts>(
    kind === 'registrations'
      ? `select count(*) filter (where r.registration_no is null)::int as added,
                count(*) filter (where r.registration_no is not null and ${REG_DIFFERS})::int as updated,
                count(*) filter (where r.registration_no is not null and not ${REG_DIFFERS})::int as unchanged
           from (${STAGED_WITH_UNIT}) s left join registrations r on r.registration_no = s.registration_no`
      : `select count(*) filter (where r.region_code is null)::int as added,
                count(*) filter (where r.region_code is not null and ${RECAP_DIFFERS})::int as updated,
                count(*) filter (where r.region_code is not null and not ${RECAP_DIFFERS})::int as unchanged
           from staged_recaps s left join region_recaps r on r.region_code = s.region_code and r.as_of = s.as_of
          where s.import_id = $1`,
    [id],
  );
  return row!;
}

interface ImportRow {
  id: number;
  kind: 'registrations' | 'regional' | null;
  status: string;
  error_count: number;
}

async function lockedImport(tx: Queryable, id: number): Promise<ImportRow> {
  await tx.query('select pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
  const [row] = await tx.query<ImportRow>('select id, kind, status, error_count from imports where id = $1 for update', [id]);
  if (!row) throw new ImportStateError(`Impor #${id} tidak ditemukan.`, 'not_found');
  return row;
}

/**
 * Writes a previewed import into the stored data, all or nothing. With errors in the file it refuses
 * unless `partial` is asked for, in which case only the valid rows go in. The first real import into a
 * demo database removes the demo first, in the same transaction.
 */
export async function applyImport(db: Db, id: number, options: { partial: boolean; today: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const imp = await lockedImport(tx, id);
    if (imp.status !== 'preview' || !imp.kind) throw new ImportStateError(`Impor #${id} tidak dapat diterapkan (status: ${imp.status}).`, 'conflict');
    if (imp.error_count > 0 && !options.partial) {
      throw new ImportStateError(`Berkas ditolak: ada ${imp.error_count} masalah. Perbaiki berkasnya, atau pilih "impor baris yang valid saja".`, 'rejected');
    }
    const [campaign] = await tx.query<{ is_demo: boolean }>('select is_demo from campaign');
    const replacesDemo = campaign?.is_demo ?? false;
    if (replacesDemo) {
      await tx.exec(
        `delete from registrations; delete from region_recaps; delete from units; delete from data_loads;
         delete from events where created_by = 'demo'; update campaign set is_demo = false;`,
      );
      // The demo's target history goes with it (its unit versions went with its units).
      await restartTargetHistory(tx);
      await rebuildRollups(tx);
    }
    const counts = await countChanges(tx, id, imp.kind, false);
    const table = imp.kind === 'registrations' ? 'staged_registrations' : 'staged_recaps';
    const [staged] = await tx.query<{ n: number; newest: string | null }>(
      `select count(*)::int as n, max(${imp.kind === 'registrations' ? 'registered_on' : 'as_of'})::text as newest from ${table} where import_id = $1`,
      [id],
    );
    if (staged!.n === 0) throw new ImportStateError('Tidak ada baris valid untuk diimpor.', 'rejected');
    const [load] = await tx.query<{ id: number }>(
      `insert into data_loads (kind, source, data_as_of, row_count) values ($1, 'import', $2, $3) returning id`,
      [imp.kind, imp.kind === 'registrations' ? options.today : staged!.newest, staged!.n],
    );
    if (imp.kind === 'registrations') {
      await applyRegistrations(tx, id, load!.id);
      // The workers of the file, and those whose updated registrations belonged to another worker before.
      await refreshRollupsOf(
        tx,
        `select worker_key from staged_registrations where import_id = $1
         union select previous->>'worker_key' from import_changes where import_id = $1 and previous is not null`,
        [id],
      );
    } else await applyRecaps(tx, id, load!.id);
    await tx.query(
      `update imports set status = 'applied', applied_at = now(), load_id = $2, added = $3, updated = $4, unchanged = $5,
              partial = $6, replaced_demo = $7 where id = $1`,
      [id, load!.id, counts.added, counts.updated, counts.unchanged, imp.error_count > 0, replacesDemo],
    );
    await tx.query(`delete from ${table} where import_id = $1`, [id]);
  });
}

async function applyRegistrations(tx: Queryable, id: number, loadId: number) {
  const created = await tx.query<{ id: number }>(
    `insert into units (name, kind, kecamatan, asn_count)
     select distinct on (lower(s.unit_name)) s.unit_name,
            case when s.unit_name ~* '^(sd|smp|sma|smk|tk|slb|paud)\\y' then 'sekolah'
                 when s.unit_name ~* '^puskesmas' then 'puskesmas'
                 when s.unit_name ~* '^(kantor )?kecamatan\\y' then 'kecamatan'
                 else 'opd' end,
            s.kecamatan, 0
       from staged_registrations s
      where s.import_id = $1 and not exists (select 1 from units u where lower(u.name) = lower(s.unit_name))
      order by lower(s.unit_name), s.line
     returning id`,
    [id],
  );
  if (created.length) {
    await tx.query('insert into import_created_units (import_id, unit_id) select $1, unnest($2::int[])', [id, created.map((u) => u.id)]);
  }
  await tx.query(
    `insert into import_changes (import_id, row_key, previous)
     select $1, s.registration_no, case when r.registration_no is null then null else to_jsonb(r) end
       from (${STAGED_WITH_UNIT}) s left join registrations r on r.registration_no = s.registration_no
      where r.registration_no is null or ${REG_DIFFERS}`,
    [id],
  );
  await tx.query(
    `insert into registrations (registration_no, ${REG_COLUMNS.join(', ')}, load_id)
     select s.registration_no, s.${REG_COLUMNS.join(', s.')}, $2::int from (${STAGED_WITH_UNIT}) s
     on conflict (registration_no) do update set ${REG_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, load_id = excluded.load_id
     where (registrations.${REG_COLUMNS.join(', registrations.')}) is distinct from (excluded.${REG_COLUMNS.join(', excluded.')})`,
    [id, loadId],
  );
}

async function applyRecaps(tx: Queryable, id: number, loadId: number) {
  await tx.query(
    `insert into import_changes (import_id, row_key, previous)
     select $1, s.region_code || '|' || s.as_of::text, case when r.region_code is null then null else to_jsonb(r) end
       from staged_recaps s left join region_recaps r on r.region_code = s.region_code and r.as_of = s.as_of
      where s.import_id = $1 and (r.region_code is null or ${RECAP_DIFFERS})`,
    [id],
  );
  await tx.query(
    `insert into region_recaps (region_code, as_of, asn_count, registered, active, load_id)
     select region_code, as_of, asn_count, registered, active, $2::int from staged_recaps where import_id = $1
     on conflict (region_code, as_of) do update set asn_count = excluded.asn_count, registered = excluded.registered,
       active = excluded.active, load_id = excluded.load_id
     where (region_recaps.asn_count, region_recaps.registered, region_recaps.active)
       is distinct from (excluded.asn_count, excluded.registered, excluded.active)`,
    [id, loadId],
  );
}

export async function cancelImport(db: Db, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const imp = await lockedImport(tx, id);
    if (imp.status !== 'preview') throw new ImportStateError(`Impor #${id} tidak dapat dibatalkan (status: ${imp.status}).`, 'conflict');
    await tx.query('delete from staged_registrations where import_id = $1', [id]);
    await tx.query('delete from staged_recaps where import_id = $1', [id]);
    await tx.query(`update imports set status = 'cancelled' where id = $1`, [id]);
  });
}

/** The id of the import that undo may take back now: the newest applied one. Older ones would undo on top of later changes. */
export async function undoableImportId(db: Queryable): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(`select id from imports where status = 'applied' order by applied_at desc, id desc limit 1`);
  return row?.id ?? null;
}

/** Restores exactly what the import changed: rows it added go, rows it updated get their previous values back. */
export async function undoImport(db: Db, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const imp = await lockedImport(tx, id);
    if (imp.status !== 'applied') throw new ImportStateError(`Impor #${id} belum diterapkan atau sudah dibatalkan.`, 'conflict');
    if ((await undoableImportId(tx)) !== id) {
      throw new ImportStateError(`Hanya impor terakhir yang dapat dibatalkan; batalkan impor yang lebih baru dulu.`, 'conflict');
    }
    const [{ load_id: loadId } = { load_id: null }] = await tx.query<{ load_id: number | null }>('select load_id from imports where id = $1', [id]);
    if (imp.kind === 'registrations') {
      // The workers the import touched, as it left them (kept until the rollups are refreshed below).
      await tx.query('drop table if exists pg_temp.undo_workers');
      await tx.query('create temp table undo_workers (worker_key text) on commit drop');
      await tx.query(
        `insert into pg_temp.undo_workers
         select r.worker_key from registrations r join import_changes c on c.row_key = r.registration_no where c.import_id = $1
         union select previous->>'worker_key' from import_changes where import_id = $1 and previous is not null`,
        [id],
      );
      await tx.query(`delete from registrations where registration_no in (select row_key from import_changes where import_id = $1 and previous is null)`, [id]);
      await tx.query(
        `update registrations r set ${[...REG_COLUMNS, 'load_id'].map((c) => `${c} = p.${c}`).join(', ')}
           from (select (jsonb_populate_record(null::registrations, previous)).* from import_changes
                  where import_id = $1 and previous is not null) p
          where r.registration_no = p.registration_no`,
        [id],
      );
      await tx.query(
        `delete from units u using import_created_units c
          where c.import_id = $1 and u.id = c.unit_id and not exists (select 1 from registrations r where r.unit_id = u.id)`,
        [id],
      );
    } else {
      await tx.query(
        `delete from region_recaps where region_code || '|' || as_of::text in
           (select row_key from import_changes where import_id = $1 and previous is null)`,
        [id],
      );
      await tx.query(
        `update region_recaps r set asn_count = p.asn_count, registered = p.registered, active = p.active, load_id = p.load_id
           from (select (jsonb_populate_record(null::region_recaps, previous)).* from import_changes
                  where import_id = $1 and previous is not null) p
          where r.region_code = p.region_code and r.as_of = p.as_of`,
        [id],
      );
    }
    await tx.query(`update imports set status = 'undone', undone_at = now(), load_id = null where id = $1`, [id]);
    if (loadId !== null) await tx.query('delete from data_loads where id = $1', [loadId]);
    if (imp.kind === 'registrations') await refreshRollupsOf(tx, 'select worker_key from pg_temp.undo_workers', []);
  });
}
