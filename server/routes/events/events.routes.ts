import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ApiError } from '../../../contract/common';
import { EventInput, EventList } from '../../../contract/events';
import { apiPaths } from '../../../contract/paths';
import { errorResponses, jsonContent } from '../../lib/json-content';

const IdParams = z.object({ id: z.coerce.number().int().positive().meta({ param: { name: 'id', in: 'path' } }) });
const notFound = { 404: jsonContent(ApiError, 'No such event') } as const;
const body = { required: true, content: { 'application/json': { schema: EventInput } } };

export const listEvents = createRoute({
  method: 'get',
  path: apiPaths.events,
  tags: ['Events'],
  summary: 'Campaign events and applied imports, with registrations in the 14 days before and after each',
  responses: { 200: jsonContent(EventList, 'Oldest first'), ...errorResponses },
});

export const createEventRoute = createRoute({
  method: 'post',
  path: apiPaths.adminEvents,
  tags: ['Events'],
  summary: 'Add an event (a socialisation session, a circular, an apel)',
  request: { body },
  responses: { 201: jsonContent(EventList, 'All events after the change'), ...errorResponses },
});

export const updateEventRoute = createRoute({
  method: 'put',
  path: apiPaths.adminEvent,
  tags: ['Events'],
  summary: 'Change an event',
  request: { params: IdParams, body },
  responses: { 200: jsonContent(EventList, 'All events after the change'), ...notFound, ...errorResponses },
});

export const deleteEventRoute = createRoute({
  method: 'delete',
  path: apiPaths.adminEvent,
  tags: ['Events'],
  summary: 'Remove an event',
  request: { params: IdParams },
  responses: { 200: jsonContent(EventList, 'All events after the change'), ...notFound, ...errorResponses },
});
