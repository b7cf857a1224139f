import { createRoute } from '@hono/zod-openapi';
import { Health } from '../../../contract/health';
import { apiPaths } from '../../../contract/paths';
import { jsonContent } from '../../lib/json-content';

export const getHealth = createRoute({
  method: 'get',
  path: apiPaths.health,
  tags: ['Operations'],
  summary: 'Whether the server can reach its database',
  responses: {
    200: jsonContent(Health, 'The database answers'),
    503: jsonContent(Health, 'The database does not answer'),
  },
});
