import { todayInWib } from '../../../contract/dates';
import { createRouter } from '../../lib/create-router';
import { changeCampaignTarget, changeUnitTarget, queryTargetHistory, TargetInputError, TargetUnitNotFoundError } from './targets.queries';
import { changeCampaignTargetRoute, changeUnitTargetRoute, getTargets } from './targets.routes';

export const targetsRouter = createRouter()
  .openapi(getTargets, async (c) => c.json(await queryTargetHistory(c.var.db), 200))
  .openapi(changeCampaignTargetRoute, async (c) => {
    await changeCampaignTarget(c.var.db, c.req.valid('json'), c.var.user?.username ?? null, todayInWib(c.var.auth.now()));
    return c.json(await queryTargetHistory(c.var.db), 201);
  })
  .openapi(changeUnitTargetRoute, async (c) => {
    await changeUnitTarget(c.var.db, c.req.valid('param').id, c.req.valid('json'), c.var.user?.username ?? null, todayInWib(c.var.auth.now()));
    return c.json(await queryTargetHistory(c.var.db), 200);
  });

targetsRouter.onError((error, c) => {
  if (error instanceof TargetInputError) return c.json({ error: { code: 'invalid_request', message: error.message } }, 400);
  if (error instanceof TargetUnitNotFoundError) return c.json({ error: { code: 'not_found', message: error.message } }, 404);
  throw error;
});
