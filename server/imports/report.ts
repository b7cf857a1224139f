import type { ImportList, ImportProblem, ImportReport } from '../../contract/imports';
import type { Queryable } from '../db/client';
import { countChanges, undoableImportId } from './apply';

/** How many problems a report carries; the rest are counted. */
export const PROBLEMS_IN_REPORT = 200;

interface ImportRecord {
  id: number; kind: ImportReport['kind']; file_name: string; file_hash: string; file_bytes: string | number; imported_by: string | null;
  created_at: Date | string; status: ImportReport['status']; failure: string | null; row_count: number; rejected: number; skipped: number;
  added: number | null; updated: number | null; unchanged: number | null; duplicate_workers: number | null; error_count: number;
  warning_count: number; partial: boolean; replaced_demo: boolean; applied_at: Date | string | null; undone_at: Date | string | null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

async function toReport(db: Queryable, r: ImportRecord, undoable: number | null, isDemo: boolean): Promise<Omit<ImportReport, 'problems'>> {
  let counts = { added: r.added, updated: r.updated, unchanged: r.unchanged };
  const replacesDemo = r.status === 'preview' && isDemo;
  if (r.status === 'preview' && r.kind) counts = await countChanges(db, r.id, r.kind, replacesDemo);
  const [same] = r.file_hash
    ? await db.query<{ applied_at: Date | string }>(
        `select applied_at from imports where file_hash = $1 and status = 'applied' and id <> $2 order by applied_at desc limit 1`,
        [r.file_hash, r.id],
      )
    : [];
  const valid = r.row_count - r.rejected - r.skipped;
  return {
    id: r.id, kind: r.kind, fileName: r.file_name, fileHash: r.file_hash, fileBytes: Number(r.file_bytes), importedBy: r.imported_by,
    createdAt: iso(r.created_at)!, status: r.status, failure: r.failure, rows: r.row_count, ...counts, rejected: r.rejected,
    skipped: r.skipped, duplicateWorkers: r.duplicate_workers, errorCount: r.error_count, warningCount: r.warning_count,
    partial: r.partial, canApply: r.status === 'preview' && valid > 0, canUndo: r.status === 'applied' && undoable === r.id,
    replacesDemo: replacesDemo || r.replaced_demo, sameFileAppliedAt: same ? iso(same.applied_at) : null,
    appliedAt: iso(r.applied_at), undoneAt: iso(r.undone_at),
  };
}

const SELECT = `select id, kind, file_name, file_hash, file_bytes, imported_by, created_at, status, failure, row_count, rejected, skipped,
  added, updated, unchanged, duplicate_workers, error_count, warning_count, partial, replaced_demo, applied_at, undone_at from imports`;

async function isDemo(db: Queryable) {
  const [c] = await db.query<{ is_demo: boolean }>('select is_demo from campaign');
  return c?.is_demo ?? false;
}

export async function getImportReport(db: Queryable, id: number, problemLimit = PROBLEMS_IN_REPORT): Promise<ImportReport | null> {
  const [row] = await db.query<ImportRecord>(`${SELECT} where id = $1`, [id]);
  if (!row) return null;
  const problems = await db.query<ImportProblem>(
    `select severity, line, column_name as column, value, message from import_problems
      where import_id = $1 order by severity = 'warning', line nulls first, seq limit $2`,
    [id, problemLimit],
  );
  return { ...(await toReport(db, row, await undoableImportId(db), await isDemo(db))), problems };
}

export async function listImports(db: Queryable, limit = 50): Promise<ImportList> {
  const rows = await db.query<ImportRecord>(`${SELECT} where status <> 'staging' order by created_at desc, id desc limit $1`, [limit]);
  const undoable = await undoableImportId(db);
  const demo = await isDemo(db);
  return { imports: await Promise.all(rows.map((r) => toReport(db, r, undoable, demo))) };
}
