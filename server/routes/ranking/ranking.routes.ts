import { createRoute } from '@hono/zod-openapi';
import { apiPaths } from '../../../contract/paths';
import { Ranking, RankingHistory, RankingQuery } from '../../../contract/ranking';
import { errorResponses, jsonContent } from '../../lib/json-content';

export const getRanking = createRoute({
  method: 'get',
  path: apiPaths.ranking,
  tags: ['Ranking'],
  summary: 'The regions of Central Java ranked by workers registered, or by workers per ASN',
  request: { query: RankingQuery },
  responses: { 200: jsonContent(Ranking, 'Best first; the campaign region from its own records'), ...errorResponses },
});

export const getRankingHistory = createRoute({
  method: 'get',
  path: apiPaths.rankingHistory,
  tags: ['Ranking'],
  summary: 'Rank of every region week by week since launch',
  request: { query: RankingQuery },
  responses: { 200: jsonContent(RankingHistory, 'One series per region'), ...errorResponses },
});
