import { z } from 'zod';
import { Count, IsoDateTime } from './common';

export const ImportKind = z.enum(['registrations', 'regional']).meta({ description: 'rekap pendaftaran or rekap wilayah' });
export type ImportKind = z.infer<typeof ImportKind>;

export const ImportStatus = z.enum(['staging', 'preview', 'applied', 'cancelled', 'undone', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportProblem = z.object({
  severity: z.enum(['error', 'warning']),
  line: z.number().int().nullable().meta({ description: 'Line as the spreadsheet shows it (header = 1)' }),
  column: z.string().nullable().meta({ description: 'Column header as written in the file' }),
  value: z.string().nullable().meta({ description: 'The offending value; always null for NIK, NIP and names' }),
  message: z.string().meta({ description: 'Why, in Indonesian' }),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportReport = z
  .object({
    id: z.number().int(),
    kind: ImportKind.nullable(),
    fileName: z.string(),
    fileHash: z.string().meta({ description: 'SHA-256 of the file, hex' }),
    fileBytes: Count,
    importedBy: z.string().nullable(),
    createdAt: IsoDateTime,
    status: ImportStatus,
    failure: z.string().nullable().meta({ description: 'Why the whole file was refused (encoding, size, columns)' }),
    rows: Count.meta({ description: 'Data rows read (blank rows not counted)' }),
    added: Count.nullable(),
    updated: Count.nullable(),
    unchanged: Count.nullable(),
    rejected: Count.meta({ description: 'Rows with at least one error' }),
    skipped: Count.meta({ description: 'Rows deliberately not used (e.g. the campaign region in a regional recap)' }),
    duplicateWorkers: Count.nullable().meta({ description: 'Rows whose worker (same NIK) is already registered: counted once' }),
    errorCount: Count,
    warningCount: Count,
    problems: z.array(ImportProblem).meta({ description: 'The first problems, errors first, by line' }),
    partial: z.boolean().meta({ description: 'Applied with only its valid rows' }),
    canApply: z.boolean(),
    canUndo: z.boolean(),
    replacesDemo: z.boolean().meta({ description: 'Applying removes the demo data first' }),
    sameFileAppliedAt: IsoDateTime.nullable().meta({ description: 'When an identical file was applied before' }),
    appliedAt: IsoDateTime.nullable(),
    undoneAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportList = z.object({ imports: z.array(ImportReport.omit({ problems: true })) }).meta({ id: 'ImportList' });
export type ImportList = z.infer<typeof ImportList>;

export const UploadQuery = z.object({
  fileName: z.string().min(1).max(255).meta({ description: 'The original file name' }),
});

export const ApplyBody = z.object({
  partial: z.boolean().default(false).meta({ description: 'Import the valid rows and report the rest' }),
});
