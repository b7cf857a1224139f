import { createRoute } from '@hono/zod-openapi';
import { apiPaths } from '../../../contract/paths';
import { Timeseries, TimeseriesQuery } from '../../../contract/timeseries';
import { errorResponses, jsonContent } from '../../lib/json-content';

export const getTimeseries = createRoute({
  method: 'get',
  path: apiPaths.timeseries,
  tags: ['Campaign'],
  summary: 'Workers registered per day, week or month, new and cumulative',
  request: { query: TimeseriesQuery },
  responses: { 200: jsonContent(Timeseries, 'Every bucket from launch to the data date'), ...errorResponses },
});
