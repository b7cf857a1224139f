import type { Context } from 'hono';
import { todayInWib } from '../../../contract/dates';
import { applyImport, cancelImport, ImportStateError, undoImport } from '../../imports/apply';
import { getImportReport, listImports as readImports } from '../../imports/report';
import { stageImport } from '../../imports/stage';
import type { AppEnv } from '../../lib/app-env';
import { createRouter } from '../../lib/create-router';
import type { Pseudonymize } from '../../privacy/pseudonym';
import { applyImportRoute, cancelImportRoute, getImport, listImports, undoImportRoute, uploadImport } from './imports.routes';

export interface ImportSettings {
  maxBytes: number;
  pseudonymize: Pseudonymize;
  /** Today's WIB date; tests pin it. */
  today?: () => string;
}

const STATUS = { not_found: 404, conflict: 409, rejected: 422 } as const;

async function* nothing(): AsyncGenerator<Uint8Array> {}

export function createImportsRouter(settings: ImportSettings) {
  const today = settings.today ?? (() => todayInWib());
  const report = async (c: Context<AppEnv>, id: number) => {
    const r = await getImportReport(c.var.db, id);
    if (!r) throw new ImportStateError(`Impor #${id} tidak ditemukan.`, 'not_found');
    return r;
  };
  const router = createRouter()
    .openapi(listImports, async (c) => c.json(await readImports(c.var.db), 200))
    .openapi(uploadImport, async (c) => {
      const body = (c.req.raw.body ?? nothing()) as unknown as AsyncIterable<Uint8Array>;
      const id = await stageImport(c.var.db, body, {
        fileName: c.req.valid('query').fileName,
        importedBy: c.var.user?.username ?? null,
        today: today(),
        maxBytes: settings.maxBytes,
        pseudonymize: settings.pseudonymize,
      });
      return c.json(await report(c, id), 201);
    })
    .openapi(getImport, async (c) => c.json(await report(c, c.req.valid('param').id), 200))
    .openapi(applyImportRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body: unknown = await c.req.json().catch(() => ({}));
      const partial = typeof body === 'object' && body !== null && (body as { partial?: unknown }).partial === true;
      await applyImport(c.var.db, id, { partial, today: today() });
      return c.json(await report(c, id), 200);
    })
    .openapi(cancelImportRoute, async (c) => {
      const { id } = c.req.valid('param');
      await cancelImport(c.var.db, id);
      return c.json(await report(c, id), 200);
    })
    .openapi(undoImportRoute, async (c) => {
      const { id } = c.req.valid('param');
      await undoImport(c.var.db, id);
      return c.json(await report(c, id), 200);
    });
  router.onError((error, c) => {
    if (error instanceof ImportStateError) return c.json({ error: { code: error.code, message: error.message } }, STATUS[error.code]);
    throw error;
  });
  return router;
}
