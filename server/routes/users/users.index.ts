import { createRouter } from '../../lib/create-router';
import { queryUsers } from './users.queries';
import { listUsers } from './users.routes';

export const usersRouter = createRouter().openapi(listUsers, async (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(await queryUsers(c.var.db), 200);
});
