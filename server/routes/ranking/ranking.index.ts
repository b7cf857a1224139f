import { createRouter } from '../../lib/create-router';
import { queryRanking, queryRankingHistory } from './ranking.queries';
import { getRanking, getRankingHistory } from './ranking.routes';

export const rankingRouter = createRouter()
  .openapi(getRanking, async (c) => c.json(await queryRanking(c.var.db, c.req.valid('query').metric), 200))
  .openapi(getRankingHistory, async (c) => c.json(await queryRankingHistory(c.var.db, c.req.valid('query').metric), 200));
