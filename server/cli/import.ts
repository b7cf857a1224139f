/**
 * `npm run import -- FILE [--json] [--partial] [--dry-run]`
 *
 * The same pipeline as the admin page: check the whole file, then apply it all or nothing. On the embedded
 * database it refuses while the server holds the data folder (two processes must never open one PGlite
 * folder); on PostgreSQL (DATABASE_URL) it runs beside the server, transactions keep them apart.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { todayInWib } from '../../contract/dates';
import type { ImportReport } from '../../contract/imports';
import { ConfigError, loadConfig } from '../config';
import { DataDirBusyError } from '../db/data-dir-lock';
import { applyImport, cancelImport, ImportStateError } from '../imports/apply';
import { MAX_STORED_PROBLEMS } from '../imports/stage';
import { getImportReport } from '../imports/report';
import { stageImport } from '../imports/stage';
import { prepareDatabase } from '../start';

const USAGE = `Pemakaian (usage): npm run import -- BERKAS [--json] [--partial] [--dry-run]
  BERKAS       rekap pendaftaran atau rekap wilayah (.csv atau .xlsx)
  --json       cetak hasil sebagai satu objek JSON (print the result as one JSON object)
  --partial    impor baris yang valid saja dan laporkan sisanya (import the valid rows, report the rest)
  --dry-run    periksa saja, jangan simpan apa pun (check only, store nothing)`;

class UsageError extends Error {}

function summaryJson(r: ImportReport) {
  const pick = (severity: 'error' | 'warning') =>
    r.problems.filter((p) => p.severity === severity).map(({ line, column, value, message }) => ({ line, column, value, message }));
  return {
    id: r.id, status: r.status, kind: r.kind, fileName: r.fileName, failure: r.failure, rows: r.rows,
    added: r.added, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected, skipped: r.skipped,
    duplicateWorkers: r.duplicateWorkers, errorCount: r.errorCount, warningCount: r.warningCount,
    errors: pick('error'), warnings: pick('warning'), replacedDemo: r.replacesDemo, sameFileAppliedAt: r.sameFileAppliedAt,
  };
}

function printHuman(r: ImportReport, dryRun: boolean) {
  const out = (line = '') => console.log(line);
  out(`Berkas: ${r.fileName} (${r.kind === 'regional' ? 'rekap wilayah' : r.kind === 'registrations' ? 'rekap pendaftaran' : 'jenis tidak dikenali'})`);
  if (r.failure) {
    out(`DITOLAK: ${r.failure}`);
    return;
  }
  out(`Baris data: ${r.rows}  ditambah: ${r.added ?? 0}  diperbarui: ${r.updated ?? 0}  tetap: ${r.unchanged ?? 0}  ditolak: ${r.rejected}${r.skipped ? `  dilewati: ${r.skipped}` : ''}`);
  if (r.duplicateWorkers) out(`Pekerja terdaftar lebih dari sekali (dihitung satu kali): ${r.duplicateWorkers}`);
  if (r.sameFileAppliedAt) out(`Berkas yang sama sudah pernah diimpor pada ${r.sameFileAppliedAt}.`);
  const shown = [...r.problems.filter((p) => p.severity === 'error').slice(0, 40), ...r.problems.filter((p) => p.severity === 'warning').slice(0, 10)];
  for (const p of shown) {
    out(`  ${p.severity === 'error' ? 'GALAT' : 'catatan'}${p.line ? ` baris ${p.line}` : ''}${p.column ? `, kolom ${p.column}` : ''}${p.value ? ` ("${p.value}")` : ''}: ${p.message}`);
  }
  const more = r.errorCount + r.warningCount - shown.length;
  if (more > 0) out(`  … dan ${more} masalah lain (lihat --json atau halaman Admin → Impor).`);
  if (r.replacesDemo && r.status === 'applied') out('Data demo telah dihapus dan diganti data ini.');
  out(r.status === 'applied' ? `Selesai: impor #${r.id} disimpan${r.partial ? ' (sebagian)' : ''}.` : dryRun ? 'Hanya diperiksa (--dry-run): tidak ada yang disimpan.' : 'Tidak ada yang disimpan.');
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { json: { type: 'boolean' }, partial: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('Sebutkan tepat satu berkas. (Name exactly one file.)');
  const file = positionals[0]!;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new UsageError(`Berkas tidak ditemukan: ${file}`);

  const config = loadConfig();
  const started = await prepareDatabase({ ...config, demoData: false });
  try {
    const db = started.db;
    const today = todayInWib();
    const id = await stageImport(db, createReadStream(file), {
      fileName: basename(file), importedBy: process.env.USER ? `cli:${process.env.USER}` : 'cli', today,
      maxBytes: config.importMaxBytes, pseudonymize: started.pseudonymize,
    });
    let report = (await getImportReport(db, id, MAX_STORED_PROBLEMS))!;
    let applied = false;
    if (report.status === 'preview' && !values['dry-run'] && (report.errorCount === 0 || values.partial)) {
      try {
        await applyImport(db, id, { partial: values.partial ?? false, today });
        applied = true;
      } catch (error) {
        if (!(error instanceof ImportStateError)) throw error;
        if (!values.json) console.error(error.message);
      }
      report = (await getImportReport(db, id, MAX_STORED_PROBLEMS))!;
    }
    if (report.status === 'preview') {
      // Checked but not applied (dry run, or refused): nothing is left staged behind.
      await cancelImport(db, id);
      report = (await getImportReport(db, id, MAX_STORED_PROBLEMS))!;
    }
    if (values.json) console.log(JSON.stringify(summaryJson(report)));
    else printHuman(report, values['dry-run'] ?? false);
    return applied || (values['dry-run'] && report.failure === null && report.errorCount === 0) ? 0 : 1;
  } finally {
    await started.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof DataDirBusyError) {
      console.error(`${error.message}\nImpor lewat halaman Admin → Impor di server yang sedang berjalan, atau hentikan server lalu ulangi.`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 2;
    } else {
      console.error('Impor gagal (failed):', error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  },
);
