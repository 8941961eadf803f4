import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { buildScorecard } from '../../evaluation/scorecard.js';
import { countAiTasks, listActiveDays, listEvalRuns, listFeedback, saveFeedback } from '../../store/evaluation.js';
import { parseBody, parseQuery } from '../body.js';
import type { Env } from '../env.js';

const FeedbackBody = z.object({
  capability: z.string().min(1).max(40),
  subjectId: z.string().min(1).max(200),
  verdict: z.enum(['useful', 'wrong', 'acted']),
  reason: z.string().max(500).nullish(),
});
const ScorecardQuery = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/, 'use YYYY-MM').optional() });

/** The merchant's monthly scorecard (model scores are product-wide; feedback and usage are the merchant's own) and insight ratings. */
export function evaluationRoutes({ store }: App) {
  return new Hono<Env>()
  .get('/scorecard', async (c) => {
    const { month = new Date().toISOString().slice(0, 7) } = parseQuery(c, ScorecardQuery);
    const merchantId = c.get('merchantId');
    return c.json(buildScorecard(
      month, await listEvalRuns(store), await listFeedback(store, merchantId),
      await listActiveDays(store, merchantId), await countAiTasks(store, merchantId),
    ));
  })
  .post('/feedback', async (c) => {
    const body = await parseBody(c, FeedbackBody);
    return c.json(await saveFeedback(store, c.get('merchantId'), { ...body, accountId: c.get('accountId') }), 201);
  })
  .get('/feedback', async (c) => c.json(await listFeedback(store, c.get('merchantId'))));
}
