import { ScopeError } from '../../campaign/scope';
import { createRouter } from '../../lib/create-router';
import { queryKecamatan, queryOccupations, queryUnits } from './breakdowns.queries';
import { getKecamatan, getOccupations, getUnits } from './breakdowns.routes';

export const breakdownsRouter = createRouter()
  .openapi(getUnits, async (c) => c.json(await queryUnits(c.var.db), 200))
  .openapi(getKecamatan, async (c) => c.json(await queryKecamatan(c.var.db), 200))
  .openapi(getOccupations, async (c) => c.json(await queryOccupations(c.var.db, c.req.valid('query')), 200));

breakdownsRouter.onError((error, c) => {
  if (error instanceof ScopeError) return c.json({ error: { code: error.status === 404 ? 'not_found' : 'invalid_query', message: error.message } }, error.status);
  throw error;
});
