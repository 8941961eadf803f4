import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { commentsSchema, conceptComparisonSchema, conceptMetricSchema, toConceptVariant, variantCountsSchema } from '../../selection/concept-input.js';
import { compareConcepts } from '../../selection/concept-test.js';
import type { LaunchPlanDraft } from '../../selection/launch-plan.js';
import { weightsSchema } from '../../selection/opportunity-weights.js';
import {
  changeOpportunityWeights,
  conceptVerdict,
  launchDecisionsFor,
  launchRiskFor,
  opportunitiesFor,
  opportunityWeightsFor,
  recordConceptReactions,
  recordLaunchDecision,
  saveCheckedLaunchPlan,
  similarProductSeasons,
} from '../../services/selection.js';
import { LAUNCH_DECISIONS } from '../../domain/launch-decision.js';
import { createConceptTest, listConceptTests, listLaunchPlans } from '../../store/selection.js';
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
const SimilarQuery = z.object({ category: z.string().min(1).max(100), sellingWeeks: z.coerce.number().int().positive().max(520) });
const NewConceptTest = z.object({
  name: z.string().min(1).max(100),
  variants: z.array(z.string().min(1).max(60)).min(2).max(12).refine((v) => new Set(v).size === v.length, 'names_must_differ'),
  decideBy: conceptMetricSchema.optional(),
});
const DecisionBody = z.object({ decision: z.enum(LAUNCH_DECISIONS), idea: z.string().trim().min(1).max(100).optional() });
const VariantUpdate = z.object({ counts: variantCountsSchema.optional(), comments: commentsSchema.default([]) });

/** What to make: launch-risk calculator, opportunity scores and concept tests. */
export function selectionRoutes({ store }: App) {
  return new Hono<Env>()
  .post('/launch', async (c) => {
    const body = await parseBody(c, LaunchBody);
    return c.json(await launchRiskFor(store, c.get('merchantId'), body.plan, { seed: body.seed, draws: body.draws }));
  })
  // Whether the merchant's own products in a category give a launch its demand, asked before the first tap.
  .get('/launch/similar', async (c) => {
    const query = parseQuery(c, SimilarQuery);
    const seasons = await similarProductSeasons(store, c.get('merchantId'), query.category, query.sellingWeeks);
    return c.json({ category: query.category, sellingWeeks: query.sellingWeeks, seasons: seasons.length });
  })
  .get('/launch/plans', async (c) => c.json(await listLaunchPlans<LaunchPlanDraft>(store, c.get('merchantId'))))
  .post('/launch/plans', async (c) => {
    const body = await parseBody(c, SavePlanBody);
    return c.json(await saveCheckedLaunchPlan(store, c.get('merchantId'), body.name, body.plan as LaunchPlanDraft), 201);
  })
  .get('/opportunities', async (c) => {
    const { category } = parseQuery(c, OpportunityQuery);
    return c.json(await opportunitiesFor(store, c.get('merchantId'), { category }));
  })
  .post('/opportunities', async (c) => {
    const body = await parseBody(c, OpportunityBody);
    return c.json(await opportunitiesFor(store, c.get('merchantId'), { ideas: body.ideas, weights: body.weights }));
  })
  .get('/opportunities/weights', async (c) => c.json(await opportunityWeightsFor(store, c.get('merchantId'))))
  .put('/opportunities/weights', async (c) => {
    const weights = await parseBody(c, weightsSchema);
    return c.json(await changeOpportunityWeights(store, c.get('merchantId'), weights));
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
    const { id, variant } = c.req.param();
    const body = await parseBody(c, VariantUpdate);
    return c.json(await recordConceptReactions(store, c.get('merchantId'), id, variant, body));
  })
  // 开模 / 再测 / 放弃: the decision a concept test leads to, kept with its result and shown beside the idea.
  .post('/concepts/:id/decision', async (c) => {
    const body = await parseBody(c, DecisionBody);
    return c.json(await recordLaunchDecision(store, c.get('merchantId'), c.req.param('id'), body), 201);
  })
  .get('/decisions', async (c) => c.json(await launchDecisionsFor(store, c.get('merchantId'))));
}
