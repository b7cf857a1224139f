import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ApiError } from '../../../contract/common';
import { ApplyBody, ImportList, ImportReport, UploadQuery } from '../../../contract/imports';
import { apiPaths } from '../../../contract/paths';
import { errorResponses, jsonContent } from '../../lib/json-content';

const IdParams = z.object({ id: z.coerce.number().int().positive().meta({ param: { name: 'id', in: 'path' } }) });

const stateErrors = {
  404: jsonContent(ApiError, 'No such import'),
  409: jsonContent(ApiError, 'The import is not in a state that allows this'),
  422: jsonContent(ApiError, 'The file has errors and partial import was not asked for'),
} as const;

export const listImports = createRoute({
  method: 'get',
  path: apiPaths.adminImports,
  tags: ['Imports'],
  summary: 'Recent imports, newest first',
  responses: { 200: jsonContent(ImportList, 'Up to 50 imports'), ...errorResponses },
});

export const uploadImport = createRoute({
  method: 'post',
  path: apiPaths.adminImports,
  tags: ['Imports'],
  summary: 'Upload a recap (CSV or .xlsx) as the raw request body; it is checked and staged, nothing stored changes',
  request: {
    query: UploadQuery,
    body: {
      required: true,
      content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
    },
  },
  responses: { 201: jsonContent(ImportReport, 'The preview: what applying would add, update, leave, reject'), ...errorResponses },
});

export const getImport = createRoute({
  method: 'get',
  path: apiPaths.adminImport,
  tags: ['Imports'],
  summary: 'One import with its problems',
  request: { params: IdParams },
  responses: { 200: jsonContent(ImportReport, 'The import'), ...stateErrors, ...errorResponses },
});

export const applyImportRoute = createRoute({
  method: 'post',
  path: apiPaths.adminImportApply,
  tags: ['Imports'],
  summary: 'Write a previewed import into the stored data, all or nothing',
  request: { params: IdParams, body: { required: false, content: { 'application/json': { schema: ApplyBody } } } },
  responses: { 200: jsonContent(ImportReport, 'Applied'), ...stateErrors, ...errorResponses },
});

export const cancelImportRoute = createRoute({
  method: 'post',
  path: apiPaths.adminImportCancel,
  tags: ['Imports'],
  summary: 'Discard a previewed import',
  request: { params: IdParams },
  responses: { 200: jsonContent(ImportReport, 'Cancelled'), ...stateErrors, ...errorResponses },
});

export const undoImportRoute = createRoute({
  method: 'post',
  path: apiPaths.adminImportUndo,
  tags: ['Imports'],
  summary: 'Take back the newest applied import, restoring the data exactly as it was before',
  request: { params: IdParams },
  responses: { 200: jsonContent(ImportReport, 'Undone'), ...stateErrors, ...errorResponses },
});
