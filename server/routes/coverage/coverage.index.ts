import { createRouter } from '../../lib/create-router';
import { queryCoverage } from './coverage.queries';
import { getCoverage } from './coverage.routes';

export const coverageRouter = createRouter().openapi(getCoverage, async (c) => c.json(await queryCoverage(c.var.db), 200));
