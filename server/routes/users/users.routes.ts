import { createRoute } from '@hono/zod-openapi';
import { StaffAccounts } from '../../../contract/auth';
import { ApiError } from '../../../contract/common';
import { apiPaths } from '../../../contract/paths';
import { errorResponses, jsonContent } from '../../lib/json-content';

export const listUsers = createRoute({
  method: 'get',
  path: apiPaths.adminUsers,
  tags: ['Accounts'],
  summary: 'The staff accounts (admins only); accounts are created with `npm run user:add`',
  responses: {
    200: jsonContent(StaffAccounts, 'Every account, by user name'),
    401: jsonContent(ApiError, 'Not signed in'),
    403: jsonContent(ApiError, 'Not an admin'),
    500: errorResponses[500],
  },
});
