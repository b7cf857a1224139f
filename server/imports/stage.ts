import { createReadStream } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import type { Db } from '../db/client';
import { CENTRAL_JAVA_REGIONS, KLATEN_KECAMATAN } from '../domain/geography';
import type { Pseudonymize } from '../privacy/pseudonym';
import { detectColumns, type DetectedColumns } from './columns';
import { ImportFileError, type RowProblem } from './import-error';
import { readCsv } from './read/csv-reader';
import { readXlsx, type Cell } from './read/xlsx-reader';
import { validateRecap, type StagedRecap } from './regional-rows';
import { validateRegistration, type StagedRegistration } from './registration-rows';
import { isZip, spool } from './spool';

export interface StageOptions {
  fileName: string;
  importedBy: string | null;
  today: string;
  maxBytes: number;
  pseudonymize: Pseudonymize;
}

const BATCH = 2_000;
const YIELD_EVERY = 250;
/** Every problem is counted; the first ones are kept to show. */
export const MAX_STORED_PROBLEMS = 1_000;

async function* rowsOf(path: string, zip: boolean, onHeader: (header: Cell[]) => DetectedColumns | null) {
  if (zip) {
    let first = true;
    for await (const r of readXlsx(path, (header) => onHeader(header) !== null)) {
      if (first) {
        first = false;
        continue;
      }
      yield r;
    }
    return;
  }
  let header = true;
  for await (const r of readCsv(createReadStream(path, { highWaterMark: 256 * 1024 }))) {
    if (header) {
      if (r.cells.every((c) => c.trim() === '')) continue;
      header = false;
      const detected = onHeader(r.cells);
      if (!detected) return;
      continue;
    }
    yield r;
  }
}

/**
 * Reads a whole file into staging without touching stored data: every row is checked, personal ids are
 * pseudonymised, problems are recorded with line and column. Returns the import's id; its status is
 * 'preview' when the file could be read, 'failed' (with the reason) when it could not.
 */
export async function stageImport(db: Db, source: AsyncIterable<Uint8Array>, options: StageOptions): Promise<number> {
  await discardAbandonedPreviews(db);
  let spooled;
  try {
    spooled = await spool(source, options.maxBytes);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    const [row] = await db.query<{ id: number }>(
      `insert into imports (kind, file_name, file_hash, file_bytes, imported_by, status, failure)
       values (null, $1, '', 0, $2, 'failed', $3) returning id`,
      [options.fileName, options.importedBy, error.message],
    );
    return row!.id;
  }
  const [created] = await db.query<{ id: number }>(
    `insert into imports (kind, file_name, file_hash, file_bytes, imported_by, status)
     values (null, $1, $2, $3, $4, 'staging') returning id`,
    [options.fileName, spooled.hash, spooled.bytes, options.importedBy],
  );
  const id = created!.id;
  try {
    await stageRows(db, id, spooled.path, isZip(spooled.head), options);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    await db.query('delete from staged_registrations where import_id = $1', [id]);
    await db.query('delete from staged_recaps where import_id = $1', [id]);
    await db.query(`update imports set status = 'failed', failure = $2 where id = $1`, [id, error.message]);
  } finally {
    await spooled.remove();
  }
  return id;
}

/** A preview nobody confirmed or cancelled within a day is cancelled, so staged rows do not pile up. */
async function discardAbandonedPreviews(db: Db): Promise<void> {
  const stale = await db.query<{ id: number }>(
    `update imports set status = 'cancelled' where status in ('preview', 'staging') and created_at < now() - interval '1 day' returning id`,
  );
  if (stale.length === 0) return;
  const ids = stale.map((s) => s.id);
  await db.query('delete from staged_registrations where import_id = any($1::int[])', [ids]);
  await db.query('delete from staged_recaps where import_id = any($1::int[])', [ids]);
}

async function stageRows(db: Db, id: number, path: string, zip: boolean, options: StageOptions) {
  const [campaign] = await db.query<{ region_code: string; name: string; kind: string }>(
    `select c.region_code, r.name, r.kind from campaign c join regions r on r.code = c.region_code`,
  );
  if (!campaign) throw new ImportFileError('Kampanye belum diatur di basis data.');
  const regionLabel = `${campaign.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${campaign.name}`;

  let detected: DetectedColumns | null = null;
  let missing: { missing: string[]; closest: string } | null = null;
  const onHeader = (header: Cell[]) => {
    const d = detectColumns(header);
    if (d.kind === null) {
      missing ??= d;
      return null;
    }
    detected = d;
    return d;
  };

  let rows = 0;
  let rejected = 0;
  let skipped = 0;
  let problemCount = 0;
  let problems: (RowProblem & { severity: 'error' | 'warning' })[] = [];
  let registrations: StagedRegistration[] = [];
  let recaps: StagedRecap[] = [];

  const flush = async () => {
    if (registrations.length) await insertStagedRegistrations(db, id, registrations);
    if (recaps.length) await insertStagedRecaps(db, id, recaps);
    if (problems.length) await insertProblems(db, id, problems, problemCount - problems.length);
    registrations = [];
    recaps = [];
    problems = [];
  };

  for await (const record of rowsOf(path, zip, onHeader)) {
    if (record.cells.every((c) => c === null || String(c).trim() === '')) continue;
    rows++;
    const d = detected as DetectedColumns | null;
    if (!d) break;
    const result =
      d.kind === 'registrations'
        ? validateRegistration(record.line, record.cells, d.map, {
            today: options.today, regionCode: campaign.region_code, regionLabel,
            kecamatan: KLATEN_KECAMATAN.map((k) => k.name), pseudonymize: options.pseudonymize,
          })
        : validateRecap(record.line, record.cells, d.map, { today: options.today, regions: CENTRAL_JAVA_REGIONS, campaignRegionCode: campaign.region_code });
    if ('row' in result) {
      if (d.kind === 'registrations') registrations.push(result.row as StagedRegistration);
      else recaps.push(result.row as StagedRecap);
    } else if ('skip' in result) {
      skipped++;
    } else {
      rejected++;
      for (const p of result.problems) {
        problemCount++;
        if (problemCount <= MAX_STORED_PROBLEMS) problems.push({ ...p, severity: 'error' });
      }
    }
    if (registrations.length + recaps.length >= BATCH || problems.length >= BATCH) await flush();
    // Parsing and validating run on the main thread: let waiting requests in between slices of rows.
    else if (rows % YIELD_EVERY === 0) await setImmediate();
  }
  await flush();

  const found = detected as DetectedColumns | null;
  if (!found) {
    const m = missing as { missing: string[]; closest: string } | null;
    throw new ImportFileError(
      m
        ? `Kolom wajib tidak ditemukan di baris judul: ${m.missing.join(', ')}. Periksa bahwa baris pertama berisi nama kolom rekap ${m.closest === 'regional' ? 'wilayah' : 'pendaftaran'}.`
        : 'Berkas tidak berisi baris judul kolom.',
      1,
    );
  }
  if (rows === 0) throw new ImportFileError('Berkas hanya berisi baris judul, tanpa data.');

  const cross = found.kind === 'registrations' ? await checkRegistrationsAcrossRows(db, id, problemCount) : await checkRecapsAcrossRows(db, id, problemCount);
  await db.query(
    `update imports set kind = $2, status = 'preview', row_count = $3, rejected = $4, skipped = $5,
            error_count = $6, warning_count = $7 where id = $1`,
    [id, found.kind, rows, rejected + cross.rejected, skipped, problemCount + cross.errors, cross.warnings],
  );
}

/** Problems only visible across rows: the same registration number twice in one file, and workers registered before. */
interface CrossCheck {
  rejected: number;
  errors: number;
  warnings: number;
}

async function checkRegistrationsAcrossRows(db: Db, id: number, problemsSoFar: number): Promise<CrossCheck> {
  const dupes = await db.query<{ line: number; first_line: number; registration_no: string }>(
    `select line, first_line, registration_no from (
       select line, registration_no, min(line) over (partition by registration_no) as first_line
         from staged_registrations where import_id = $1
     ) s where line > first_line order by line`,
    [id],
  );
  let seq = problemsSoFar;
  if (dupes.length) {
    await insertProblems(db, id, dupes.slice(0, Math.max(0, MAX_STORED_PROBLEMS - seq)).map((d) => ({
      severity: 'error' as const, line: d.line, column: 'no_registrasi', value: d.registration_no,
      message: `no_registrasi ganda: sudah ada di baris ${d.first_line}`,
    })), seq);
    seq += dupes.length;
    await db.query(
      `delete from staged_registrations s using (
         select line from (select line, min(line) over (partition by registration_no) as first_line
                             from staged_registrations where import_id = $1) x where line > first_line
       ) d where s.import_id = $1 and s.line = d.line`,
      [id],
    );
  }
  // A worker (same NIK) with an earlier registration under another number, stored or in this file, is
  // counted once: the same rule as the workers view (first by date, then number).
  const repeats = await db.query<{ line: number; other: string }>(
    `select s.line, first.registration_no as other
       from staged_registrations s
       cross join lateral (
         select x.registration_no from (
           select r.registration_no, r.registered_on from registrations r where r.worker_key = s.worker_key
           union all
           select e.registration_no, e.registered_on from staged_registrations e where e.import_id = s.import_id and e.worker_key = s.worker_key
         ) x
         where x.registration_no <> s.registration_no and (x.registered_on, x.registration_no) < (s.registered_on, s.registration_no)
         order by x.registered_on, x.registration_no limit 1
       ) first
      where s.import_id = $1
      order by s.line`,
    [id],
  );
  await insertProblems(db, id, repeats.slice(0, Math.max(0, MAX_STORED_PROBLEMS - seq)).map((r) => ({
    severity: 'warning' as const, line: r.line, column: 'nik_pekerja', value: null,
    message: `pekerja yang sama (NIK sama) sudah terdaftar dengan no_registrasi ${r.other}; dihitung satu kali`,
  })), seq);
  seq += repeats.length;
  const newUnits = await db.query<{ unit_name: string }>(
    `select unit_name from staged_registrations s
      where import_id = $1 and not exists (select 1 from units u where lower(u.name) = lower(s.unit_name))
      group by unit_name order by min(line)`,
    [id],
  );
  if (newUnits.length > 0 && seq < MAX_STORED_PROBLEMS) {
    const names = newUnits.slice(0, 5).map((u) => u.unit_name).join(', ');
    const more = newUnits.length > 5 ? ` dan ${newUnits.length - 5} lainnya` : '';
    await insertProblems(db, id, [{
      severity: 'warning', line: null, column: 'unit_kerja', value: null,
      message: `${newUnits.length} unit kerja baru akan ditambahkan, jumlah ASN-nya (target) belum diatur: ${names}${more}`,
    }], seq);
  }
  await db.query('update imports set duplicate_workers = $2 where id = $1', [id, repeats.length]);
  return { rejected: dupes.length, errors: dupes.length, warnings: repeats.length + (newUnits.length > 0 ? 1 : 0) };
}

async function checkRecapsAcrossRows(db: Db, id: number, problemsSoFar: number): Promise<CrossCheck> {
  const dupes = await db.query<{ line: number; first_line: number; region_code: string }>(
    `select line, first_line, region_code from (
       select line, region_code, min(line) over (partition by region_code, as_of) as first_line
         from staged_recaps where import_id = $1
     ) s where line > first_line order by line`,
    [id],
  );
  if (dupes.length === 0) return { rejected: 0, errors: 0, warnings: 0 };
  await insertProblems(db, id, dupes.slice(0, Math.max(0, MAX_STORED_PROBLEMS - problemsSoFar)).map((d) => ({
    severity: 'error' as const, line: d.line, column: 'kode_wilayah', value: d.region_code,
    message: `wilayah dan tanggal yang sama sudah ada di baris ${d.first_line}`,
  })), problemsSoFar);
  await db.query(
    `delete from staged_recaps s using (
       select line from (select line, min(line) over (partition by region_code, as_of) as first_line
                           from staged_recaps where import_id = $1) x where line > first_line
     ) d where s.import_id = $1 and s.line = d.line`,
    [id],
  );
  return { rejected: dupes.length, errors: dupes.length, warnings: 0 };
}

async function insertStagedRegistrations(db: Db, id: number, rows: StagedRegistration[]) {
  await db.query(
    `insert into staged_registrations (import_id, line, registration_no, registered_on, unit_name, kecamatan, occupation,
       monthly_contribution, status, active_until, worker_key, registrant_key)
     select $1, * from unnest($2::int[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::date[], $11::text[], $12::text[])`,
    [id, rows.map((r) => r.line), rows.map((r) => r.registrationNo), rows.map((r) => r.registeredOn), rows.map((r) => r.unitName),
      rows.map((r) => r.kecamatan), rows.map((r) => r.occupation), rows.map((r) => r.monthlyContribution), rows.map((r) => r.status),
      rows.map((r) => r.activeUntil), rows.map((r) => r.workerKey), rows.map((r) => r.registrantKey)],
  );
}

async function insertStagedRecaps(db: Db, id: number, rows: StagedRecap[]) {
  await db.query(
    `insert into staged_recaps (import_id, line, region_code, as_of, asn_count, registered, active)
     select $1, * from unnest($2::int[], $3::text[], $4::date[], $5::int[], $6::int[], $7::int[])`,
    [id, rows.map((r) => r.line), rows.map((r) => r.regionCode), rows.map((r) => r.asOf), rows.map((r) => r.asnCount), rows.map((r) => r.registered), rows.map((r) => r.active)],
  );
}

type StoredProblem = Omit<RowProblem, 'line'> & { line: number | null; severity: 'error' | 'warning' };

async function insertProblems(db: Db, id: number, problems: StoredProblem[], startSeq: number) {
  if (problems.length === 0) return;
  await db.query(
    `insert into import_problems (import_id, seq, severity, line, column_name, value, message)
     select $1, * from unnest($2::int[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[])`,
    [id, problems.map((_, i) => startSeq + i + 1), problems.map((p) => p.severity), problems.map((p) => p.line),
      problems.map((p) => p.column), problems.map((p) => p.value), problems.map((p) => p.message)],
  );
}
