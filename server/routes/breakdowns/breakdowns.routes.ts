import { createRoute } from '@hono/zod-openapi';
import { KecamatanBreakdown, OccupationBreakdown, UnitBreakdown } from '../../../contract/breakdowns';
import { apiPaths } from '../../../contract/paths';
import { ScopeQuery } from '../../../contract/breakdowns';
import { ApiError } from '../../../contract/common';
import { errorResponses, jsonContent } from '../../lib/json-content';

export const getUnits = createRoute({
  method: 'get',
  path: apiPaths.units,
  tags: ['Breakdowns'],
  summary: 'Progress of every unit (OPD, school, puskesmas, kecamatan office) against its own ASN count',
  responses: { 200: jsonContent(UnitBreakdown, 'One row per unit'), ...errorResponses },
});

export const getKecamatan = createRoute({
  method: 'get',
  path: apiPaths.kecamatan,
  tags: ['Breakdowns'],
  summary: 'Progress of every kecamatan: the sum of the units located there',
  responses: { 200: jsonContent(KecamatanBreakdown, 'One row per kecamatan'), ...errorResponses },
});

export const getOccupations = createRoute({
  method: 'get',
  path: apiPaths.occupations,
  tags: ['Breakdowns'],
  summary: 'Registered workers by occupation: the campaign, one unit or one kecamatan',
  request: { query: ScopeQuery },
  responses: {
    200: jsonContent(OccupationBreakdown, 'Largest occupation first'),
    404: jsonContent(ApiError, 'No such unit or kecamatan'),
    ...errorResponses,
  },
});
