import { createRoute } from '@hono/zod-openapi';
import { apiPaths } from '../../../contract/paths';
import { Summary } from '../../../contract/summary';
import { errorResponses, jsonContent } from '../../lib/json-content';

export const getSummary = createRoute({
  method: 'get',
  path: apiPaths.summary,
  tags: ['Campaign'],
  summary: 'Headline: registered and active workers against the target',
  responses: { 200: jsonContent(Summary, 'The campaign headline'), ...errorResponses },
});
