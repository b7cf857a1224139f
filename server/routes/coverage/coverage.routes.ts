import { createRoute } from '@hono/zod-openapi';
import { Coverage } from '../../../contract/coverage';
import { apiPaths } from '../../../contract/paths';
import { errorResponses, jsonContent } from '../../lib/json-content';

export const getCoverage = createRoute({
  method: 'get',
  path: apiPaths.coverage,
  tags: ['Campaign'],
  summary: 'Lasting coverage: active against ever registered by month, lapses, retention by cohort, cover ending in the next 30 days per unit',
  responses: { 200: jsonContent(Coverage, 'Coverage by month and cohort; counts only, never names'), ...errorResponses },
});
