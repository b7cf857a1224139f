import { createRoute } from '@hono/zod-openapi';
import { ApiError } from '../../../contract/common';
import { ChangePasswordRequest, LoginRequest, LoginResponse, Me } from '../../../contract/auth';
import { apiPaths } from '../../../contract/paths';
import { errorResponses, jsonContent } from '../../lib/json-content';

const unauthenticated = { 401: jsonContent(ApiError, 'Not signed in, or the session has ended') };
const refused = { 403: jsonContent(ApiError, 'Cross-site request, or missing or wrong X-CSRF-Token') };
const throttled = {
  429: {
    ...jsonContent(ApiError, 'Too many failed sign-ins: locked for a while'),
    headers: { 'Retry-After': { schema: { type: 'integer' as const }, description: 'Seconds until the lock ends' } },
  },
};
const jsonBody = <T extends typeof LoginRequest | typeof ChangePasswordRequest>(schema: T) => ({
  // required: a form post or a text/plain body is refused, not silently read as empty.
  body: { content: { 'application/json': { schema } }, required: true },
});

export const login = createRoute({
  method: 'post',
  path: apiPaths.authLogin,
  tags: ['Accounts'],
  summary: 'Sign in: sets the HttpOnly session cookie and returns the CSRF token',
  request: jsonBody(LoginRequest),
  responses: {
    200: jsonContent(LoginResponse, 'Signed in'),
    ...errorResponses,
    401: jsonContent(ApiError, 'Wrong user name or password (the same answer for both)'),
    ...refused,
    ...throttled,
  },
});

export const logout = createRoute({
  method: 'post',
  path: apiPaths.authLogout,
  tags: ['Accounts'],
  summary: 'Sign out: ends the session and clears the cookie',
  responses: { 204: { description: 'Signed out' }, ...unauthenticated, ...refused, 500: errorResponses[500] },
});

export const me = createRoute({
  method: 'get',
  path: apiPaths.authMe,
  tags: ['Accounts'],
  summary: 'Who is signed in, if anyone, and the CSRF token for their requests',
  responses: { 200: jsonContent(Me, 'The signed-in user, or nulls'), 500: errorResponses[500] },
});

export const changePassword = createRoute({
  method: 'post',
  path: apiPaths.authPassword,
  tags: ['Accounts'],
  summary: "Change one's own password; every other session of the account ends",
  request: jsonBody(ChangePasswordRequest),
  responses: {
    204: { description: 'Changed' },
    ...errorResponses,
    ...unauthenticated,
    ...refused,
    ...throttled,
  },
});
