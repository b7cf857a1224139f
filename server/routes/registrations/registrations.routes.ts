import { createRoute } from '@hono/zod-openapi';
import { ApiError } from '../../../contract/common';
import { apiPaths } from '../../../contract/paths';
import { Timeseries, TimeseriesQuery } from '../../../contract/timeseries';
import { errorResponses, jsonContent } from '../../lib/json-content';

export const getTimeseries = createRoute({
  method: 'get',
  path: apiPaths.timeseries,
  tags: ['Campaign'],
  summary: 'Workers registered per day, week or month, new and cumulative; for the campaign, one unit or one kecamatan',
  request: { query: TimeseriesQuery },
  responses: {
    200: jsonContent(Timeseries, 'Every bucket from launch to the data date'),
    404: jsonContent(ApiError, 'No such unit or kecamatan'),
    ...errorResponses,
  },
});
