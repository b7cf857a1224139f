import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ApiError } from '../../../contract/common';
import { apiPaths } from '../../../contract/paths';
import { CreatedSnapshot, CreateSnapshotRequest, Snapshot, SnapshotList, SnapshotListItem } from '../../../contract/snapshots';
import { errorResponses, jsonContent } from '../../lib/json-content';

const TokenParams = z.object({ token: z.string().max(200).meta({ param: { name: 'token', in: 'path' } }) });
const IdParams = z.object({ id: z.coerce.number().int().positive().meta({ param: { name: 'id', in: 'path' } }) });

export const createSnapshotRoute = createRoute({
  method: 'post',
  path: apiPaths.snapshots,
  tags: ['Snapshots'],
  summary: "Freeze a view: the server computes and stores that page's aggregates and returns a public link",
  request: { body: { required: true, content: { 'application/json': { schema: CreateSnapshotRequest } } } },
  responses: { 201: jsonContent(CreatedSnapshot, 'The link; its token is shown only now'), ...errorResponses },
});

export const getSnapshotRoute = createRoute({
  method: 'get',
  path: apiPaths.snapshot,
  tags: ['Snapshots'],
  summary: 'Open a snapshot by its token, without signing in. Failed lookups are rate-limited per client address.',
  request: { params: TokenParams },
  responses: {
    200: jsonContent(Snapshot, 'The frozen view'),
    404: jsonContent(ApiError, 'No snapshot has this token'),
    410: jsonContent(ApiError, 'The link has expired or was revoked'),
    429: jsonContent(ApiError, 'Too many failed lookups from this address; see Retry-After'),
    ...errorResponses,
  },
});

export const listSnapshotsRoute = createRoute({
  method: 'get',
  path: apiPaths.adminSnapshots,
  tags: ['Snapshots'],
  summary: 'Every snapshot link, live, expired and revoked, with how often each was opened (no tokens)',
  responses: { 200: jsonContent(SnapshotList, 'All links, newest first'), ...errorResponses },
});

export const revokeSnapshotRoute = createRoute({
  method: 'post',
  path: apiPaths.adminSnapshotRevoke,
  tags: ['Snapshots'],
  summary: 'Revoke a link for good (it then answers 410); revoking twice changes nothing',
  request: { params: IdParams },
  responses: {
    200: jsonContent(SnapshotListItem, 'The revoked link'),
    404: jsonContent(ApiError, 'No such snapshot'),
    ...errorResponses,
  },
});
