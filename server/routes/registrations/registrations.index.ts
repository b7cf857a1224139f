import { ScopeError } from '../../campaign/scope';
import { createRouter } from '../../lib/create-router';
import { queryTimeseries } from './registrations.queries';
import { getTimeseries } from './registrations.routes';

export const registrationsRouter = createRouter().openapi(getTimeseries, async (c) => {
  const { interval, ...scope } = c.req.valid('query');
  return c.json(await queryTimeseries(c.var.db, interval, scope), 200);
});

registrationsRouter.onError((error, c) => {
  if (error instanceof ScopeError) return c.json({ error: { code: error.status === 404 ? 'not_found' : 'invalid_query', message: error.message } }, error.status);
  throw error;
});
