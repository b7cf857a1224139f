import { createRouter } from '../../lib/create-router';
import { queryTimeseries } from './registrations.queries';
import { getTimeseries } from './registrations.routes';

export const registrationsRouter = createRouter().openapi(getTimeseries, async (c) =>
  c.json(await queryTimeseries(c.var.db, c.req.valid('query').interval), 200),
);
