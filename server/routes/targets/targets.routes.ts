import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ApiError } from '../../../contract/common';
import { apiPaths } from '../../../contract/paths';
import { CampaignTargetInput, TargetHistory, UnitTargetInput } from '../../../contract/targets';
import { errorResponses, jsonContent } from '../../lib/json-content';

const IdParams = z.object({ id: z.coerce.number().int().positive().meta({ param: { name: 'id', in: 'path' } }) });

export const getTargets = createRoute({
  method: 'get',
  path: apiPaths.targets,
  tags: ['Targets'],
  summary: 'The current target and every version of it (campaign and units), newest first',
  responses: { 200: jsonContent(TargetHistory, 'Current target and its history'), ...errorResponses },
});

export const changeCampaignTargetRoute = createRoute({
  method: 'post',
  path: apiPaths.adminTargets,
  tags: ['Targets'],
  summary: "Change the campaign's ASN count, workers per ASN or deadline: a new version, shown on the charts as an event",
  request: { body: { required: true, content: { 'application/json': { schema: CampaignTargetInput } } } },
  responses: { 201: jsonContent(TargetHistory, 'The history after the change'), ...errorResponses },
});

export const changeUnitTargetRoute = createRoute({
  method: 'put',
  path: apiPaths.adminUnitTarget,
  tags: ['Targets'],
  summary: "Change one unit's ASN count (its target is that times the campaign's workers per ASN)",
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: UnitTargetInput } } } },
  responses: {
    200: jsonContent(TargetHistory, 'The history after the change'),
    404: jsonContent(ApiError, 'No such unit'),
    ...errorResponses,
  },
});
