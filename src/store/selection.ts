import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../domain/errors.js';
import { asksToBuy } from '../selection/concept-comments.js';
import type { ConceptMetric, ConceptVariant } from '../selection/concept-test.js';
import { categoryDemand, type DemandEvent } from '../selection/category-demand.js';
import { type LaunchPlanDraft, similarDemandSchema } from '../selection/launch-plan.js';
import { type CompetitorListing, type DemandSignal, type OpportunityInputs, TYPICAL_CHANNEL_FEE_RATE } from '../selection/opportunity.js';
import type { OpportunityIdea } from '../selection/opportunity-score.js';
import type { WeightOverrides } from '../selection/opportunity-weights.js';
import { firstSeasonUnits } from '../selection/season-history.js';
import { median } from '../selection/summary-stats.js';
import { wordsOf } from '../selection/similarity.js';
import { painPointReportFor } from './painpoints.js';
import type { Store } from './store.js';

/** Queries of the selection capability: saved launch plans, concept tests, weights, and opportunity inputs. */

const now = () => new Date().toISOString();

// ── launch plans ────────────────────────────────────────────────────────────

export interface SavedLaunchPlan {
  id: string;
  name: string;
  plan: LaunchPlanDraft;
  createdAt: string;
}

export async function saveLaunchPlan(store: Store, merchantId: string, name: string, plan: LaunchPlanDraft): Promise<SavedLaunchPlan> {
  const saved = { id: randomUUID(), name, plan, createdAt: now() };
  await store.db
    .insertInto('selection_launch_plan')
    .values({ merchant_id: merchantId, id: saved.id, name, plan: JSON.stringify(plan), created_at: saved.createdAt })
    .execute();
  return saved;
}

export async function listLaunchPlans(store: Store, merchantId: string): Promise<SavedLaunchPlan[]> {
  const rows = await store.db
    .selectFrom('selection_launch_plan')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, plan: JSON.parse(r.plan), createdAt: r.created_at }));
}

/** The merchant's sales lines with the product's category, optionally for one category. */
async function salesLines(store: Store, merchantId: string, category?: string) {
  let query = store.db
    .selectFrom('order_line as l')
    .innerJoin('sales_order as o', (j) => j.onRef('o.merchant_id', '=', 'l.merchant_id').onRef('o.id', '=', 'l.order_id'))
    .innerJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'l.merchant_id').onRef('p.id', '=', 'l.product_id'))
    .select(['p.id as product_id', 'p.category', 'o.ordered_at', 'l.quantity'])
    .where('l.merchant_id', '=', merchantId)
    .where('p.owner', '=', 'own');
  if (category !== undefined) query = query.where('p.category', '=', category);
  const rows = await query.execute();
  return rows.map((r) => ({ productId: r.product_id, category: r.category, at: r.ordered_at, units: Number(r.quantity) }));
}

/** Units each of the merchant's own products in a category sold in its first season: demand history for a new style. */
export async function similarProductSeasons(store: Store, merchantId: string, category: string, sellingWeeks: number): Promise<number[]> {
  return firstSeasonUnits(await salesLines(store, merchantId, category), sellingWeeks);
}

/**
 * A raw launch plan whose demand says `{ kind: 'similar', category }` gets that category's first-season
 * history instead; any other plan passes through untouched for parsing.
 */
export async function withSimilarDemand(store: Store, merchantId: string, raw: unknown): Promise<unknown> {
  if (typeof raw !== 'object' || raw === null) return raw;
  const plan = raw as { demand?: unknown; sellingWeeks?: unknown };
  const similar = similarDemandSchema.safeParse(plan.demand);
  if (!similar.success) return raw;
  const weeks = Number(plan.sellingWeeks);
  if (!(weeks > 0)) throw badInput({ key: 'similar_needs_weeks' });
  const units = await similarProductSeasons(store, merchantId, similar.data.category, weeks);
  if (units.length === 0) {
    throw notFound({ key: 'no_similar_season', params: { category: similar.data.category, weeks } });
  }
  return { ...plan, demand: { kind: 'history', units } };
}

// ── concept tests ───────────────────────────────────────────────────────────

export interface ConceptTestRecord {
  id: string;
  name: string;
  decideBy: ConceptMetric | null;
  createdAt: string;
  variants: ConceptVariant[];
}

export interface VariantCounts {
  views: number;
  likes: number;
  saves: number;
  intentAsked: number;
  intentYes: number;
}

export interface ScoredComment {
  text: string;
  sentiment: number;
}

const NO_REACTIONS: VariantCounts = { views: 0, likes: 0, saves: 0, intentAsked: 0, intentYes: 0 };

export async function createConceptTest(
  store: Store,
  merchantId: string,
  test: { name: string; variants: string[]; decideBy?: ConceptMetric },
): Promise<string> {
  const id = randomUUID();
  const createdAt = now();
  await store.transaction(async (tx) => {
    await tx.db
      .insertInto('selection_concept_test')
      .values({ merchant_id: merchantId, id, name: test.name, decide_by: test.decideBy ?? null, created_at: createdAt })
      .execute();
    for (const name of test.variants) await setVariantCounts(tx, merchantId, id, name, NO_REACTIONS);
  });
  return id;
}

/** Overwrites a variant's totals (dashboards show running totals, so re-entering them must not double count). */
export async function setVariantCounts(store: Store, merchantId: string, testId: string, variant: string, counts: VariantCounts): Promise<void> {
  const values = {
    views: counts.views,
    likes: counts.likes,
    saves: counts.saves,
    intent_asked: counts.intentAsked,
    intent_yes: counts.intentYes,
    updated_at: now(),
  };
  await store.db
    .insertInto('selection_concept_variant')
    .values({ merchant_id: merchantId, test_id: testId, name: variant, ...values })
    .onConflict((c) => c.columns(['merchant_id', 'test_id', 'name']).doUpdateSet(values))
    .execute();
}

export async function addConceptComments(
  store: Store,
  merchantId: string,
  testId: string,
  variant: string,
  comments: ScoredComment[],
): Promise<number> {
  const createdAt = now();
  return store.insertMany(
    'selection_concept_comment',
    comments.map((c) => ({ merchant_id: merchantId, test_id: testId, id: randomUUID(), variant, text: c.text, sentiment: c.sentiment, created_at: createdAt })),
    ['merchant_id', 'test_id', 'id'],
  );
}

export async function loadConceptTest(store: Store, merchantId: string, testId: string): Promise<ConceptTestRecord | null> {
  const test = await store.db
    .selectFrom('selection_concept_test')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', testId)
    .executeTakeFirst();
  if (!test) return null;
  const variants = await store.db
    .selectFrom('selection_concept_variant')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('test_id', '=', testId)
    .orderBy('name')
    .execute();
  const comments = await store.db
    .selectFrom('selection_concept_comment')
    .select(['variant', 'sentiment', 'text'])
    .where('merchant_id', '=', merchantId)
    .where('test_id', '=', testId)
    .execute();
  return {
    id: test.id,
    name: test.name,
    decideBy: test.decide_by as ConceptMetric | null,
    createdAt: test.created_at,
    variants: variants.map((v) => {
      const own = comments.filter((c) => c.variant === v.name);
      return {
        name: v.name,
        views: Number(v.views),
        likes: Number(v.likes),
        saves: Number(v.saves),
        intentAsked: Number(v.intent_asked),
        intentYes: Number(v.intent_yes),
        commentScores: own.map((c) => Number(c.sentiment)),
        buyingComments: own.filter((c) => asksToBuy(c.text)).length,
      };
    }),
  };
}

export async function listConceptTests(store: Store, merchantId: string): Promise<{ id: string; name: string; createdAt: string }[]> {
  const rows = await store.db
    .selectFrom('selection_concept_test')
    .select(['id', 'name', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

// ── opportunity weights ─────────────────────────────────────────────────────

export async function loadOpportunityWeights(store: Store, merchantId: string): Promise<WeightOverrides> {
  const row = await store.db.selectFrom('selection_weights').select('weights').where('merchant_id', '=', merchantId).executeTakeFirst();
  return row ? JSON.parse(row.weights) : {};
}

export async function saveOpportunityWeights(store: Store, merchantId: string, weights: WeightOverrides): Promise<void> {
  const values = { weights: JSON.stringify(weights), updated_at: now() };
  await store.db
    .insertInto('selection_weights')
    .values({ merchant_id: merchantId, ...values })
    .onConflict((c) => c.column('merchant_id').doUpdateSet(values))
    .execute();
}

// ── opportunity inputs ──────────────────────────────────────────────────────

/** Reviews read per competitor listing: enough words for TF-IDF to see what it is, bounded for big shops. */
const REVIEWS_PER_COMPETITOR = 30;

/** An idea as the merchant states it; whatever is left out is filled from the category's own products. */
export interface IdeaDraft {
  name: string;
  category: string;
  description?: string;
  fixes?: string[];
  price?: number;
  unitCost?: number | null;
  channelFeeRate?: number;
  channelFeePerUnit?: number;
}

/** Median of the known values; null when none is known. */
function medianOrNull(values: (number | null)[]): number | null {
  const known = values.flatMap((v) => (v === null ? [] : [Number(v)]));
  return known.length === 0 ? null : median(known);
}

/**
 * Demand per category from the best source the merchant has: search volumes of keywords naming the
 * category (the market asking), else own sales units, else reviews of everyone's listings.
 */
async function demandByCategory(store: Store, merchantId: string, categories: string[]): Promise<Map<string, DemandSignal>> {
  const keywords = await store.db
    .selectFrom('keyword_volume')
    .select(['keyword', 'bucket_start', 'volume'])
    .where('merchant_id', '=', merchantId)
    .execute();
  const searches: DemandEvent[] = keywords.flatMap((k) =>
    categories.filter((c) => k.keyword.includes(c)).map((category) => ({ category, at: k.bucket_start, weight: Number(k.volume) })),
  );
  const sales = await salesLines(store, merchantId);
  const reviews = await store.db
    .selectFrom('review as r')
    .innerJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'r.merchant_id').onRef('p.id', '=', 'r.product_id'))
    .select(['p.category', 'r.reviewed_at'])
    .where('r.merchant_id', '=', merchantId)
    .execute();
  const sources = [
    categoryDemand(searches, 'searches'),
    categoryDemand(sales.map((s) => ({ category: s.category, at: s.at, weight: s.units })), 'units'),
    categoryDemand(reviews.map((r) => ({ category: r.category, at: r.reviewed_at, weight: 1 })), 'reviews'),
  ];
  const out = new Map<string, DemandSignal>();
  for (const category of categories) {
    const found = sources.find((s) => s.has(category));
    if (found) out.set(category, found.get(category)!);
  }
  return out;
}

async function competitorListings(store: Store, merchantId: string, category: string): Promise<CompetitorListing[]> {
  const products = await store.db
    .selectFrom('product')
    .select(['id', 'name'])
    .where('merchant_id', '=', merchantId)
    .where('owner', '=', 'competitor')
    .where('category', '=', category)
    .orderBy('id')
    .execute();
  return Promise.all(
    products.map(async (p) => {
      const reviews = await store.db
        .selectFrom('review')
        .select('text')
        .where('merchant_id', '=', merchantId)
        .where('product_id', '=', p.id)
        .orderBy('reviewed_at', 'desc')
        .limit(REVIEWS_PER_COMPETITOR)
        .execute();
      return { id: p.id, title: p.name, words: wordsOf([p.name, ...reviews.map((r) => r.text)].join('\n')) };
    }),
  );
}

/**
 * Everything an opportunity score needs, per idea, from the merchant's data and the other
 * capabilities (trend rate tests, mined pain points). Without ideas, each category is one.
 */
export async function gatherOpportunityInputs(store: Store, merchantId: string, ideas?: IdeaDraft[]): Promise<OpportunityInputs[]> {
  const products = await store.db
    .selectFrom('product')
    .select(['name', 'category', 'price', 'unit_cost', 'owner'])
    .where('merchant_id', '=', merchantId)
    .execute();
  const drafts: IdeaDraft[] = ideas ?? [...new Set(products.map((p) => p.category))].sort().map((category) => ({ name: category, category }));
  const categories = [...new Set([...products.map((p) => p.category), ...drafts.map((d) => d.category)])];
  const demand = await demandByCategory(store, merchantId, categories);
  const painReport = await painPointReportFor(store, merchantId, {});
  const painByCategory = new Map(painReport.byCategory.map((slice) => [slice.key, slice.painPoints]));

  return Promise.all(
    drafts.map(async (draft): Promise<OpportunityInputs> => {
      const own = products.filter((p) => p.category === draft.category && p.owner === 'own');
      const inCategory = products.filter((p) => p.category === draft.category);
      const description = draft.description ?? [draft.name, ...own.map((p) => p.name)].join(' ');
      const idea: OpportunityIdea = {
        name: draft.name,
        category: draft.category,
        description,
        // Categories ranked on their own are scored on all their pain; a stated idea only on what it fixes.
        fixes: ideas ? draft.fixes ?? [] : null,
        price: draft.price ?? medianOrNull(inCategory.map((p) => p.price)) ?? 0,
        unitCost: draft.unitCost !== undefined ? draft.unitCost : medianOrNull(own.map((p) => p.unit_cost)),
        channelFeeRate: draft.channelFeeRate ?? TYPICAL_CHANNEL_FEE_RATE,
        channelFeePerUnit: draft.channelFeePerUnit ?? 0,
      };
      return {
        idea,
        ideaWords: wordsOf(description),
        demand: demand.get(draft.category) ?? null,
        painPoints: painByCategory.get(draft.category) ?? [],
        competitors: await competitorListings(store, merchantId, draft.category),
      };
    }),
  );
}
