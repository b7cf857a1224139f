import { createRouter } from '../../lib/create-router';
import { querySummary } from './summary.queries';
import { getSummary } from './summary.routes';

export const summaryRouter = createRouter().openapi(getSummary, async (c) => c.json(await querySummary(c.var.db), 200));
