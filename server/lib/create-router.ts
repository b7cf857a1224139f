import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env';

/** A router whose invalid requests answer 400 in the contract's ApiError shape, naming the bad parameter. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    strict: false,
    defaultHook: (result, c) => {
      if (!result.success) {
        const message = result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
        return c.json({ error: { code: 'invalid_request', message } }, 400);
      }
    },
  });
}
