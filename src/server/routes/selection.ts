import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { launchPlanSchema, parseLaunchPlan } from '../../selection/launch-plan.js';
import { simulateLaunch } from '../../selection/launch-risk.js';
import { rankOpportunities } from '../../selection/opportunity.js';
import { resolveWeights, weightsSchema } from '../../selection/opportunity-weights.js';
import {
  gatherOpportunityInputs,
  listLaunchPlans,
  loadOpportunityWeights,
  saveLaunchPlan,
  saveOpportunityWeights,
  withSimilarDemand,
} from '../../store/selection.js';
import { parseBody, parseQuery } from '../body.js';
import type { Env } from '../env.js';

/** A phone can wait for 100,000 draws (~0.3 s); more only burns the shared server. */
const MAX_DRAWS = 100_000;

const LaunchBody = z.object({
  /** Checked by parseLaunchPlan after similar-product demand is filled in. */
  plan: z.unknown(),
  seed: z.number().int().optional(),
  draws: z.number().int().min(100).max(MAX_DRAWS).optional(),
});
const SavePlanBody = z.object({ name: z.string().min(1).max(100), plan: launchPlanSchema });
const IdeaBody = z.object({
  name: z.string().min(1).max(100),
  category: z.string().min(1).max(100),
  description: z.string().max(2000).optional(),
  fixes: z.array(z.string().min(1).max(40)).max(20).optional(),
  price: z.number().positive().optional(),
  unitCost: z.number().nonnegative().nullable().optional(),
  channelFeeRate: z.number().min(0).max(1).optional(),
  channelFeePerUnit: z.number().nonnegative().optional(),
});
const OpportunityBody = z.object({ ideas: z.array(IdeaBody).min(1).max(20), weights: weightsSchema.optional() });
const OpportunityQuery = z.object({ category: z.string().optional() });

/** What to make: launch-risk calculator, opportunity scores and concept tests. */
export function selectionRoutes({ store }: App): Hono<Env> {
  const routes = new Hono<Env>();

  routes.post('/launch', async (c) => {
    const body = await parseBody(c, LaunchBody);
    const plan = parseLaunchPlan(await withSimilarDemand(store, c.get('merchantId'), body.plan));
    return c.json(simulateLaunch(plan, { seed: body.seed, draws: body.draws }));
  });
  routes.get('/launch/plans', async (c) => c.json(await listLaunchPlans(store, c.get('merchantId'))));
  routes.post('/launch/plans', async (c) => {
    const body = await parseBody(c, SavePlanBody);
    return c.json(await saveLaunchPlan(store, c.get('merchantId'), body.name, body.plan), 201);
  });

  routes.get('/opportunities', async (c) => {
    const { category } = parseQuery(c, OpportunityQuery);
    const merchantId = c.get('merchantId');
    const weights = await loadOpportunityWeights(store, merchantId);
    const inputs = (await gatherOpportunityInputs(store, merchantId)).filter((i) => !category || i.idea.category === category);
    return c.json({ weights: resolveWeights(weights), opportunities: rankOpportunities(inputs, weights) });
  });
  routes.post('/opportunities', async (c) => {
    const body = await parseBody(c, OpportunityBody);
    const merchantId = c.get('merchantId');
    const weights = { ...(await loadOpportunityWeights(store, merchantId)), ...body.weights };
    const inputs = await gatherOpportunityInputs(store, merchantId, body.ideas);
    return c.json({ weights: resolveWeights(weights), opportunities: rankOpportunities(inputs, weights) });
  });
  routes.get('/opportunities/weights', async (c) => c.json(resolveWeights(await loadOpportunityWeights(store, c.get('merchantId')))));
  routes.put('/opportunities/weights', async (c) => {
    const weights = await parseBody(c, weightsSchema);
    const resolved = resolveWeights(weights);
    await saveOpportunityWeights(store, c.get('merchantId'), weights);
    return c.json(resolved);
  });
  return routes;
}
