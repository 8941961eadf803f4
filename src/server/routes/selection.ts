import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { commentWarmth } from '../../selection/concept-comments.js';
import { commentsSchema, conceptComparisonSchema, conceptMetricSchema, toConceptVariant, variantCountsSchema } from '../../selection/concept-input.js';
import { compareConcepts } from '../../selection/concept-test.js';
import { type LaunchPlanDraft, parseLaunchPlan } from '../../selection/launch-plan.js';
import { simulateLaunch } from '../../selection/launch-risk.js';
import { rankOpportunities } from '../../selection/opportunity.js';
import { resolveWeights, weightsSchema } from '../../selection/opportunity-weights.js';
import { notFound } from '../../domain/errors.js';
import {
  addConceptComments,
  createConceptTest,
  gatherOpportunityInputs,
  listConceptTests,
  loadConceptTest,
  listLaunchPlans,
  loadOpportunityWeights,
  saveLaunchPlan,
  saveOpportunityWeights,
  setVariantCounts,
  withSimilarDemand,
} from '../../store/selection.js';
import type { Store } from '../../store/store.js';
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
const SavePlanBody = z.object({ name: z.string().min(1).max(100), plan: z.record(z.string(), z.unknown()) });
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
const NewConceptTest = z.object({
  name: z.string().min(1).max(100),
  variants: z.array(z.string().min(1).max(60)).min(2).max(12).refine((v) => new Set(v).size === v.length, 'names_must_differ'),
  decideBy: conceptMetricSchema.optional(),
});
const VariantUpdate = z.object({ counts: variantCountsSchema.optional(), comments: commentsSchema.default([]) });

/** A stored test with its comparison, or not-found when it is not the caller's. */
async function conceptVerdict(store: Store, merchantId: string, id: string) {
  const test = await loadConceptTest(store, merchantId, id);
  if (!test) throw notFound({ key: 'no_concept_test' });
  return { test, verdict: compareConcepts(test.variants, { decideBy: test.decideBy ?? undefined }) };
}

/** What to make: launch-risk calculator, opportunity scores and concept tests. */
export function selectionRoutes({ store }: App) {
  return new Hono<Env>()
  .post('/launch', async (c) => {
    const body = await parseBody(c, LaunchBody);
    const plan = parseLaunchPlan(await withSimilarDemand(store, c.get('merchantId'), body.plan));
    // The seasons behind a history-based plan go back with the answer: the owner sees what it rests on.
    const seasons = plan.demand.kind === 'history' ? plan.demand.units : null;
    return c.json({ ...simulateLaunch(plan, { seed: body.seed, draws: body.draws }), seasons });
  })
  .get('/launch/plans', async (c) => c.json(await listLaunchPlans(store, c.get('merchantId'))))
  .post('/launch/plans', async (c) => {
    const body = await parseBody(c, SavePlanBody);
    // Only a plan that runs is saved; it is kept as entered so similar-product demand stays live.
    parseLaunchPlan(await withSimilarDemand(store, c.get('merchantId'), body.plan));
    return c.json(await saveLaunchPlan(store, c.get('merchantId'), body.name, body.plan as LaunchPlanDraft), 201);
  })

  .get('/opportunities', async (c) => {
    const { category } = parseQuery(c, OpportunityQuery);
    const merchantId = c.get('merchantId');
    const weights = await loadOpportunityWeights(store, merchantId);
    const inputs = (await gatherOpportunityInputs(store, merchantId)).filter((i) => !category || i.idea.category === category);
    return c.json({ weights: resolveWeights(weights), opportunities: rankOpportunities(inputs, weights) });
  })
  .post('/opportunities', async (c) => {
    const body = await parseBody(c, OpportunityBody);
    const merchantId = c.get('merchantId');
    const weights = { ...(await loadOpportunityWeights(store, merchantId)), ...body.weights };
    const inputs = await gatherOpportunityInputs(store, merchantId, body.ideas);
    return c.json({ weights: resolveWeights(weights), opportunities: rankOpportunities(inputs, weights) });
  })
  .get('/opportunities/weights', async (c) => c.json(resolveWeights(await loadOpportunityWeights(store, c.get('merchantId')))))
  .put('/opportunities/weights', async (c) => {
    const weights = await parseBody(c, weightsSchema);
    const resolved = resolveWeights(weights);
    await saveOpportunityWeights(store, c.get('merchantId'), weights);
    return c.json(resolved);
  })

  .get('/concepts', async (c) => c.json(await listConceptTests(store, c.get('merchantId'))))
  .post('/concepts', async (c) => {
    const body = await parseBody(c, NewConceptTest);
    const id = await createConceptTest(store, c.get('merchantId'), body);
    return c.json(await conceptVerdict(store, c.get('merchantId'), id), 201);
  })
  .post('/concepts/compare', async (c) => {
    const body = await parseBody(c, conceptComparisonSchema);
    return c.json(compareConcepts(body.variants.map(toConceptVariant), { decideBy: body.decideBy }));
  })
  .get('/concepts/:id', async (c) => c.json(await conceptVerdict(store, c.get('merchantId'), c.req.param('id'))))
  .put('/concepts/:id/variants/:variant', async (c) => {
    const merchantId = c.get('merchantId');
    const { id, variant } = c.req.param();
    const body = await parseBody(c, VariantUpdate);
    const test = await loadConceptTest(store, merchantId, id);
    if (!test?.variants.some((v) => v.name === variant)) throw notFound({ key: 'no_concept_variant' });
    const comments = body.comments.map((text) => ({ text, sentiment: commentWarmth(text) }));
    await store.transaction(async (tx) => {
      if (body.counts) await setVariantCounts(tx, merchantId, id, variant, body.counts);
      await addConceptComments(tx, merchantId, id, variant, comments);
    });
    return c.json(await conceptVerdict(store, merchantId, id));
  });
}
