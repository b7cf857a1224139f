import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReferenceAggregates } from '../../mocks/data/reference-aggregates';
import { allStoredText, chunked, rawBytes, storedDataDigest } from '../../tests/support/import-files';
import { testPseudonymize } from '../../tests/support/load-dataset';
import { clearData, openTestDb, testDrivers } from '../../tests/support/test-db';
import type { Db } from '../db/client';
import { generateDemoCampaign, type DemoRegistration } from '../demo/generate';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAIN_VARIANT, regionalCsv, registrationCsv, writeRegistrationXlsx, type FileVariant } from '../demo/recap-file';
import { seedDemoCampaign } from '../demo/seed';
import { KLATEN_KECAMATAN, regionByCode } from '../domain/geography';
import { queryKecamatan, queryOccupations, queryUnits } from '../routes/breakdowns/breakdowns.queries';
import { queryRanking } from '../routes/ranking/ranking.queries';
import { queryTimeseries } from '../routes/registrations/registrations.queries';
import { querySummary } from '../routes/summary/summary.queries';
import { applyImport, ImportStateError, undoImport } from './apply';
import { getImportReport } from './report';
import { stageImport } from './stage';

const TODAY = '2026-11-23';
const demo = generateDemoCampaign({ today: TODAY });
const demoRows = [...demo.registrations()];

async function startCampaign(db: Db, options: { withUnits: boolean }) {
  const c = demo.campaign;
  await db.query(
    `insert into campaign (region_code, asn_count, workers_per_asn, monthly_contribution, launch_date, deadline, is_demo)
     values ($1, $2, $3, $4, $5, $6, false)`,
    [c.regionCode, c.asnCount, c.workersPerAsn, c.monthlyContribution, c.launchDate, c.deadline],
  );
  if (options.withUnits) {
    await db.query(
      `insert into units (name, kind, kecamatan, asn_count) select * from unnest($1::text[], $2::text[], $3::text[], $4::int[])`,
      [demo.units.map((u) => u.name), demo.units.map((u) => u.kind), demo.units.map((u) => u.kecamatan), demo.units.map((u) => u.asnCount)],
    );
  }
}

function importFile(db: Db, body: AsyncIterable<Uint8Array>, fileName = 'rekap.csv', maxBytes = 50_000_000) {
  return stageImport(db, body, { fileName, importedBy: 'tester', today: TODAY, maxBytes, pseudonymize: testPseudonymize });
}

async function importAndApply(db: Db, text: Iterable<string> | string, options: { partial?: boolean } = {}) {
  const id = await importFile(db, chunked(text));
  const preview = (await getImportReport(db, id))!;
  await applyImport(db, id, { partial: options.partial ?? false, today: TODAY });
  return { id, preview, applied: (await getImportReport(db, id))! };
}

describe.each(testDrivers)('importing recaps on %s', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(driver);
  });
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await db.exec('truncate imports restart identity cascade');
    await clearData(db);
  });

  it('loads a whole registration recap so that every aggregate equals a brute-force count of the file', async () => {
    await startCampaign(db, { withUnits: true });
    const { preview, applied } = await importAndApply(db, registrationCsv(demoRows, { ...PLAIN_VARIANT, bom: true, crlf: true }));
    expect(preview).toMatchObject({ status: 'preview', kind: 'registrations', rows: demoRows.length, added: demoRows.length, errorCount: 0 });
    expect(preview.duplicateWorkers).toBeGreaterThan(0);
    expect(applied).toMatchObject({ status: 'applied', added: demoRows.length, updated: 0, unchanged: 0, canUndo: true });

    const summary = await querySummary(db);
    const reference = createReferenceAggregates({
      // startCampaign writes the current target only, without the demo's target history.
      campaign: { ...demo.campaign, targetChanges: [] }, region: regionByCode('3310')!, units: demo.units, kecamatan: KLATEN_KECAMATAN.map((k) => k.name),
      registrations: demoRows, recaps: [], isDemo: false, asOf: summary.asOf, asOfDate: summary.asOfDate,
    });
    expect(summary).toEqual(reference.summary());
    expect(await queryTimeseries(db, 'week')).toEqual(reference.timeseries('week'));
    const strip = <T extends { id: number; name: string }>(rows: T[]) => rows.map(({ id: _id, ...r }) => r).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(strip((await queryUnits(db)).rows)).toEqual(strip(reference.units().rows));
    expect((await queryKecamatan(db)).rows.map((r) => r.registered).reduce((a, b) => a + b, 0)).toBe(summary.registered);
    expect((await queryOccupations(db)).rows.map((r) => r.occupation).sort()).toEqual(reference.occupations().rows.map((r) => r.occupation).sort());
  });

  it('changes nothing when the same file is imported again, and says it was seen before', async () => {
    await startCampaign(db, { withUnits: true });
    const text = [...registrationCsv(demoRows.slice(0, 500))];
    await importAndApply(db, text);
    const before = await storedDataDigest(db);
    const id = await importFile(db, chunked(text));
    const again = (await getImportReport(db, id))!;
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 500, errorCount: 0 });
    expect(again.sameFileAppliedAt).not.toBeNull();
    await applyImport(db, id, { partial: false, today: TODAY });
    const stored = await db.query<{ n: number }>('select count(*)::int as n from registrations');
    expect(stored[0]!.n).toBe(500);
    const after = await db.query<{ r: string }>(`select string_agg(registration_no || status || coalesce(active_until::text, ''), ',' order by registration_no) as r from registrations`);
    expect(after[0]!.r.length).toBeGreaterThan(0);
    expect(before.length).toBe(32);
  });

  it('updates by no_registrasi, adds new rows, and undo restores exactly the previous data', async () => {
    await startCampaign(db, { withUnits: true });
    await importAndApply(db, registrationCsv(demoRows.slice(0, 300)));
    const before = await storedDataDigest(db);
    const later: DemoRegistration[] = demoRows.slice(0, 350).map((r, i) =>
      i < 40 ? { ...r, status: r.status === 'aktif' ? 'tidak_aktif' : 'aktif', activeUntil: '2026-12-31' } : r,
    );
    const { applied, id } = await importAndApply(db, registrationCsv(later));
    expect(applied).toMatchObject({ added: 50, updated: 40, unchanged: 260 });
    expect(await storedDataDigest(db)).not.toBe(before);
    await undoImport(db, id);
    expect(await storedDataDigest(db)).toBe(before);
    expect((await getImportReport(db, id))!.status).toBe('undone');
  });

  it('allows undo of the newest import only', async () => {
    await startCampaign(db, { withUnits: true });
    const first = await importAndApply(db, registrationCsv(demoRows.slice(0, 10)));
    await importAndApply(db, registrationCsv(demoRows.slice(10, 20)));
    await expect(undoImport(db, first.id)).rejects.toThrow(/Hanya impor terakhir/);
  });

  it('replaces the demo campaign on the first real import, in the same transaction', async () => {
    await seedDemoCampaign(db, generateDemoCampaign({ today: '2024-03-01' }), testPseudonymize);
    const id = await importFile(db, chunked(registrationCsv(demoRows.slice(0, 100))));
    expect((await getImportReport(db, id))!.replacesDemo).toBe(true);
    await applyImport(db, id, { partial: false, today: TODAY });
    const summary = await querySummary(db);
    expect(summary.isDemo).toBe(false);
    expect(summary.registered).toBe(new Set(demoRows.slice(0, 100).map((r) => r.workerNik)).size);
    const ranking = await queryRanking(db, 'count');
    expect(ranking.rows.filter((r) => !r.isCampaignRegion).every((r) => r.registered === 0)).toBe(true);
  });

  it('rejects a file with bad rows whole, listing every problem in Indonesian by line and column, storing nothing', async () => {
    await startCampaign(db, { withUnits: true });
    await importAndApply(db, registrationCsv(demoRows.slice(0, 20)));
    const before = await storedDataDigest(db);
    const lines = [...registrationCsv(demoRows.slice(20, 30))];
    lines[2] = lines[2]!.replace(/;3310\n$/, ';3401\n'); // line 3: a region outside Central Java
    lines[4] = lines[4]!.replace(demoRows[23]!.workerNik, demoRows[23]!.workerNik.slice(0, 15)); // line 5: short NIK
    lines[5] = lines[5]!.replace(`;${demoRows[24]!.kecamatan};`, ';Klaten Tngah;'); // line 6: unknown kecamatan
    lines[6] = lines[6]!.replace(/^([^;]*);[^;]*;/, '$1;31/12/2099;'); // line 7: a future date
    lines[7] = lines[7]!.replace(';16.800;', ';enam belas ribu;'); // line 8: not Rupiah
    lines[8] = lines[8]!.replace(/;(Aktif|Tidak Aktif);/, ';Lunas;'); // line 9: unknown status
    const id = await importFile(db, chunked(lines));
    const report = (await getImportReport(db, id))!;
    // Line 7 has two problems: the future date, and "aktif sampai" now falls before it.
    expect(report).toMatchObject({ status: 'preview', rows: 10, rejected: 6, errorCount: 7 });
    const byLine = Object.fromEntries(report.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p]));
    expect(byLine[3]).toMatchObject({ column: 'kode_wilayah', value: '3401', message: expect.stringContaining('Jawa Tengah') });
    expect(byLine[5]).toMatchObject({ column: 'nik_pekerja', value: null, message: expect.stringContaining('16 digit') });
    expect(byLine[6]).toMatchObject({ column: 'kecamatan', message: expect.stringContaining('Mungkin maksudnya "Klaten Tengah"') });
    const line7 = report.problems.filter((p) => p.line === 7).map((p) => `${p.column}: ${p.message}`);
    expect(line7).toEqual(['tanggal_daftar: tanggal di masa depan', 'aktif_sampai: lebih awal dari tanggal daftar']);
    expect(byLine[8]).toMatchObject({ column: 'iuran', message: expect.stringContaining('rupiah') });
    expect(byLine[9]).toMatchObject({ column: 'status' });
    expect(JSON.stringify(report)).not.toContain(demoRows[23]!.workerNik.slice(0, 15));
    await expect(applyImport(db, id, { partial: false, today: TODAY })).rejects.toBeInstanceOf(ImportStateError);
    expect(await storedDataDigest(db)).toBe(before);

    await applyImport(db, id, { partial: true, today: TODAY });
    const after = (await getImportReport(db, id))!;
    expect(after).toMatchObject({ status: 'applied', added: 4, partial: true });
  });

  it('reports a registration number twice in one file and counts a re-registered worker once', async () => {
    await startCampaign(db, { withUnits: true });
    const rows = demoRows.slice(0, 5);
    const twiceNo = { ...demoRows[5]!, registrationNo: rows[0]!.registrationNo };
    const sameWorker = { ...demoRows[6]!, workerNik: rows[1]!.workerNik };
    const id = await importFile(db, chunked(registrationCsv([...rows, twiceNo, sameWorker])));
    const report = (await getImportReport(db, id))!;
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: 'error', line: 7, message: expect.stringContaining('ganda: sudah ada di baris 2') }));
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: 'warning', line: 8, message: expect.stringContaining(rows[1]!.registrationNo) }));
    await applyImport(db, id, { partial: true, today: TODAY });
    expect((await querySummary(db)).registered).toBe(5);
  });

  describe('refuses broken files whole, with a clear message, changing nothing', () => {
    const cases: [string, () => AsyncIterable<Uint8Array>, RegExp][] = [
      ['an empty file', () => rawBytes(new Uint8Array(0)), /kosong/],
      ['binary junk', () => rawBytes(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /biner|UTF-8/],
      ['Windows-1252 text', () => rawBytes(Uint8Array.from([...new TextEncoder().encode('no_registrasi;kecamatan\nA;'), 0xe9, 0x0a])), /UTF-8/],
      ['a 10 MB single line', () => chunked('no_registrasi;' + 'x'.repeat(10_000_000)), /terlalu panjang|lebih panjang/],
      ['a file cut inside a quoted field', () => chunked(registrationCsv(demoRows.slice(0, 3), { ...PLAIN_VARIANT, quoteAll: true }).next().value + '"ASNPR-1;13/11/2023'), /kutip/],
      ['a header without the needed columns', () => chunked('nama;alamat\nSri;Klaten\n'), /Kolom wajib tidak ditemukan/],
      ['a header only', () => chunked([...registrationCsv([])].join('')), /tanpa data/],
      ['a truncated xlsx', () => rawBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])), /Excel/],
    ];
    it.each(cases)('%s', async (_name, body, message) => {
      await startCampaign(db, { withUnits: true });
      await importAndApply(db, registrationCsv(demoRows.slice(0, 5)));
      const before = await storedDataDigest(db);
      const id = await importFile(db, body());
      const report = (await getImportReport(db, id))!;
      expect(report.status).toBe('failed');
      expect(report.failure).toMatch(message);
      expect(report.canApply).toBe(false);
      await expect(applyImport(db, id, { partial: true, today: TODAY })).rejects.toThrow();
      expect(await storedDataDigest(db)).toBe(before);
    });

    it('a file over the size cap', async () => {
      await startCampaign(db, { withUnits: false });
      const id = await stageImport(db, chunked(registrationCsv(demoRows.slice(0, 200))), {
        fileName: 'besar.csv', importedBy: null, today: TODAY, maxBytes: 1_000, pseudonymize: testPseudonymize,
      });
      expect((await getImportReport(db, id))!.failure).toMatch(/terlalu besar/);
    });
  });

  it('reads an .xlsx saved by Excel: the data sheet after a cover sheet, real date cells, numbers as Rupiah', async () => {
    await startCampaign(db, { withUnits: true });
    const dir = await mkdtemp(join(tmpdir(), 'xlsx-'));
    try {
      const rows = demoRows.slice(100, 400);
      const file = join(dir, 'rekap.xlsx');
      await writeRegistrationXlsx(file, rows, { coverSheet: true });
      const id = await importFile(db, createReadStream(file), 'rekap.xlsx');
      const report = (await getImportReport(db, id))!;
      expect(report).toMatchObject({ status: 'preview', kind: 'registrations', rows: 300, errorCount: 0, added: 300 });
      await applyImport(db, id, { partial: false, today: TODAY });
      const stored = await db.query<{ k: string }>(
        `select registration_no || '|' || registered_on::text || '|' || status || '|' || active_until::text || '|' || worker_key as k from registrations`,
      );
      expect(stored.map((s) => s.k).sort()).toEqual(
        rows.map((r) => `${r.registrationNo}|${r.registeredOn}|${r.status}|${r.activeUntil}|${testPseudonymize(r.workerNik)}`).sort(),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('cancels previews abandoned for a day, with their staged rows, when the next file arrives', async () => {
    await startCampaign(db, { withUnits: true });
    const old = await importFile(db, chunked(registrationCsv(demoRows.slice(0, 20))));
    await db.query(`update imports set created_at = now() - interval '25 hours' where id = $1`, [old]);
    const fresh = await importFile(db, chunked(registrationCsv(demoRows.slice(20, 30))));
    expect((await getImportReport(db, old))!.status).toBe('cancelled');
    expect((await getImportReport(db, fresh))!.status).toBe('preview');
    const staged = await db.query<{ import_id: number; n: number }>('select import_id, count(*)::int as n from staged_registrations group by import_id');
    expect(staged).toEqual([{ import_id: fresh, n: 10 }]);
  });

  it('keeps no NIK, NIP or name anywhere in the database', async () => {
    await startCampaign(db, { withUnits: false });
    const rows = demoRows.slice(0, 200);
    const lines = [...registrationCsv(rows)];
    lines[3] = lines[3]!.replace(`;${rows[2]!.kecamatan};`, ';Nowhere;');
    const id = await importFile(db, chunked(lines));
    await applyImport(db, id, { partial: true, today: TODAY });
    const stored = await allStoredText(db);
    for (const r of rows) {
      expect(stored.includes(r.workerNik)).toBe(false);
      expect(stored.includes(r.registrantNip)).toBe(false);
    }
    expect(stored.includes(rows[0]!.workerName)).toBe(false);
  });

  it('loads the provincial regional recap into the ranking, skipping the campaign region, catching Kota/Kabupaten mix-ups', async () => {
    await startCampaign(db, { withUnits: false });
    const recaps = demo.recaps.filter((r) => r.asOf === '2026-11-23');
    const { applied } = await importAndApply(db, regionalCsv([...recaps, { regionCode: '3310', asOf: '2026-11-23', asnCount: 1, registered: 1, active: 1 }]));
    expect(applied).toMatchObject({ kind: 'regional', added: 34, skipped: 1 });
    const ranking = await queryRanking(db, 'count');
    expect(ranking.rows[0]).toMatchObject({ code: '3322', registered: recaps.find((r) => r.regionCode === '3322')!.registered });

    const lines = [...regionalCsv(recaps.slice(0, 3))];
    lines[1] = lines[1]!.replace(/Kabupaten \w+/, 'Kota Semarang');
    const id = await importFile(db, chunked(lines));
    const report = (await getImportReport(db, id))!;
    expect(report.problems[0]).toMatchObject({ line: 2, column: 'nama_wilayah', message: expect.stringContaining('bukan "Kota Semarang"') });
  });

  it('reads every file dialect the same way, wherever the upload is cut into chunks', async () => {
    await startCampaign(db, { withUnits: true });
    const variantArb: fc.Arbitrary<FileVariant> = fc.record({
      delimiter: fc.constantFrom(';' as const, ',' as const),
      bom: fc.boolean(),
      crlf: fc.boolean(),
      headers: fc.constantFrom('snake' as const, 'spaced' as const, 'upper' as const, 'alias' as const),
      dates: fc.constantFrom('dmy-slash' as const, 'dmy-dash' as const, 'iso' as const, 'd-mon-y' as const, 'd-month-y' as const),
      rupiah: fc.constantFrom('dots' as const, 'rp' as const, 'rp-space-decimals' as const, 'plain' as const),
      status: fc.constantFrom('title' as const, 'upper' as const, 'lower' as const, 'non-aktif' as const),
      padded: fc.boolean(),
      quoteAll: fc.boolean(),
    });
    const expected = (rows: DemoRegistration[]) =>
      rows.map((r) => `${r.registrationNo}|${r.registeredOn}|${r.status}|${r.activeUntil}|${r.monthlyContribution}|${r.occupation}|${testPseudonymize(r.workerNik)}`).sort();
    await fc.assert(
      fc.asyncProperty(
        variantArb,
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: demoRows.length - 40 }),
        async (variant, sizes, start) => {
          await db.exec('truncate imports restart identity cascade; truncate registrations, data_loads cascade');
          const rows = demoRows.slice(start, start + 30).map((r, i) => (i === 0 ? { ...r, unitName: `${r.unitName}` } : r));
          const id = await importFile(db, chunked(registrationCsv(rows, variant), sizes));
          const report = (await getImportReport(db, id))!;
          expect(report.failure).toBeNull();
          expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
          await applyImport(db, id, { partial: false, today: TODAY });
          const stored = await db.query<{ k: string }>(
            `select registration_no || '|' || registered_on::text || '|' || status || '|' || active_until::text || '|' ||
                    monthly_contribution || '|' || occupation || '|' || worker_key as k from registrations`,
          );
          expect(stored.map((s) => s.k).sort()).toEqual(expected(rows));
        },
      ),
      { numRuns: 25 },
    );
  });
});
