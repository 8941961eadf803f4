import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { LaunchDecision, LaunchDecisionKind } from '../domain/launch-decision.js';
import { SALES_STATUSES } from '../domain/types.js';
import type { Store } from './store.js';

/** Queries of the selection capability: saved launch plans, concept tests, weights, and the rows opportunity scores read. */

const now = () => new Date().toISOString();

// ── launch plans ────────────────────────────────────────────────────────────

/** A plan is stored as entered (JSON), so similar-product demand stays live. */
export interface SavedLaunchPlan<Plan = unknown> {
  id: string;
  name: string;
  plan: Plan;
  createdAt: string;
}

export async function saveLaunchPlan<Plan>(store: Store, merchantId: string, name: string, plan: Plan): Promise<SavedLaunchPlan<Plan>> {
  const saved = { id: randomUUID(), name, plan, createdAt: now() };
  await store.db
    .insertInto('selection_launch_plan')
    .values({ merchant_id: merchantId, id: saved.id, name, plan: JSON.stringify(plan), created_at: saved.createdAt })
    .execute();
  return saved;
}

/** Plans come back as saved; the caller names the plan type it saved. */
export async function listLaunchPlans<Plan = unknown>(store: Store, merchantId: string): Promise<SavedLaunchPlan<Plan>[]> {
  const rows = await store.db
    .selectFrom('selection_launch_plan')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, plan: JSON.parse(r.plan) as Plan, createdAt: r.created_at }));
}

/** The merchant's sales lines (paid and partly refunded orders) of own products with the product's category, optionally for one category. */
export async function listOwnSalesLines(store: Store, merchantId: string, category?: string) {
  let query = store.db
    .selectFrom('order_line as l')
    .innerJoin('sales_order as o', (j) => j.onRef('o.merchant_id', '=', 'l.merchant_id').onRef('o.id', '=', 'l.order_id'))
    .innerJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'l.merchant_id').onRef('p.id', '=', 'l.product_id'))
    .select(['p.id as product_id', 'p.category', 'o.ordered_at', 'l.quantity'])
    .where('l.merchant_id', '=', merchantId)
    .where('o.status', 'in', SALES_STATUSES)
    .where('p.owner', '=', 'own');
  if (category !== undefined) query = query.where('p.category', '=', category);
  const rows = await query.execute();
  return rows.map((r) => ({ productId: r.product_id, category: r.category, at: r.ordered_at, units: Number(r.quantity) }));
}

// ── concept tests ───────────────────────────────────────────────────────────

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

/** A concept test as stored: each variant's running totals and every comment with its sentiment. */
export interface StoredConceptTest {
  id: string;
  name: string;
  /** A ConceptMetric name, or null for the default. */
  decideBy: string | null;
  createdAt: string;
  variants: (VariantCounts & { name: string })[];
  comments: (ScoredComment & { variant: string })[];
}

const NO_REACTIONS: VariantCounts = { views: 0, likes: 0, saves: 0, intentAsked: 0, intentYes: 0 };

export async function createConceptTest(
  store: Store,
  merchantId: string,
  test: { name: string; variants: string[]; decideBy?: string },
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

export async function loadConceptTest(store: Store, merchantId: string, testId: string): Promise<StoredConceptTest | null> {
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
    decideBy: test.decide_by,
    createdAt: test.created_at,
    variants: variants.map((v) => ({
      name: v.name,
      views: Number(v.views),
      likes: Number(v.likes),
      saves: Number(v.saves),
      intentAsked: Number(v.intent_asked),
      intentYes: Number(v.intent_yes),
    })),
    comments: comments.map((c) => ({ variant: c.variant, text: c.text, sentiment: Number(c.sentiment) })),
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

// ── launch decisions ────────────────────────────────────────────────────────

export async function saveLaunchDecision(store: Store, merchantId: string, decision: LaunchDecision): Promise<void> {
  await store.db
    .insertInto('selection_launch_decision')
    .values({
      merchant_id: merchantId, id: decision.id, idea: decision.idea, test_id: decision.testId, decision: decision.decision,
      result: JSON.stringify(decision.result), decided_at: decision.decidedAt,
    })
    .execute();
}

/** Every decision, newest first. */
export async function listLaunchDecisions(store: Store, merchantId: string): Promise<LaunchDecision[]> {
  const rows = await store.db
    .selectFrom('selection_launch_decision')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('decided_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id, idea: r.idea, testId: r.test_id, decision: r.decision as LaunchDecisionKind, result: JSON.parse(r.result), decidedAt: r.decided_at,
  }));
}

// ── opportunity weights ─────────────────────────────────────────────────────

/** The merchant's own factor weights (factor name → weight); empty when they kept the defaults. */
export async function loadOpportunityWeights(store: Store, merchantId: string): Promise<Record<string, number>> {
  const row = await store.db.selectFrom('selection_weights').select('weights').where('merchant_id', '=', merchantId).executeTakeFirst();
  return row ? JSON.parse(row.weights) : {};
}

export async function saveOpportunityWeights(store: Store, merchantId: string, weights: Partial<Record<string, number>>): Promise<void> {
  const values = { weights: JSON.stringify(weights), updated_at: now() };
  await store.db
    .insertInto('selection_weights')
    .values({ merchant_id: merchantId, ...values })
    .onConflict((c) => c.column('merchant_id').doUpdateSet(values))
    .execute();
}

// ── opportunity inputs ──────────────────────────────────────────────────────

/** Every product of the merchant (own and competitors') with what an opportunity idea borrows from it. */
export async function listCatalogue(store: Store, merchantId: string) {
  return store.db
    .selectFrom('product')
    .select(['name', 'category', 'price', 'unit_cost', 'owner'])
    .where('merchant_id', '=', merchantId)
    .execute();
}

/** Search volumes as dated weights per keyword. */
export async function listSearchVolumes(store: Store, merchantId: string) {
  const rows = await store.db
    .selectFrom('keyword_volume')
    .select(['keyword', 'bucket_start', 'volume'])
    .where('merchant_id', '=', merchantId)
    .execute();
  return rows.map((k) => ({ keyword: k.keyword, at: k.bucket_start, volume: Number(k.volume) }));
}

/** When the newest review of a product in the catalogue was written (ISO time); null without one. Read backwards along the time index. */
export async function newestCatalogueReviewTime(store: Store, merchantId: string): Promise<string | null> {
  const row = await store.db
    .selectFrom('review as r')
    .innerJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'r.merchant_id').onRef('p.id', '=', 'r.product_id'))
    .select('r.reviewed_at')
    .where('r.merchant_id', '=', merchantId)
    .orderBy('r.reviewed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.reviewed_at ?? null;
}

/**
 * Reviews of products in the catalogue counted per category and week, from the first of `weekStarts` (ISO times, ascending) on:
 * `week` is the index of the last start at or before the review. Stored times are `toISOString()` text, so comparing the texts
 * compares the times; the database hands over a few hundred counts, not a million dates.
 */
export async function countCatalogueReviewsPerWeek(store: Store, merchantId: string, weekStarts: readonly string[]) {
  const week = sql<number>`case ${sql.join(
    weekStarts.map((start, k) => ({ start, k })).reverse().map(({ start, k }) => sql`when r.reviewed_at >= ${start} then ${sql.lit(k)}`),
    sql` `,
  )} end`;
  // Grouped outside: PostgreSQL would not see the week in GROUP BY as the selected one (the two carry their own parameters).
  return store.db
    .selectFrom((db) =>
      db
        .selectFrom('review as r')
        .innerJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'r.merchant_id').onRef('p.id', '=', 'r.product_id'))
        .select(['p.category', week.as('week')])
        .where('r.merchant_id', '=', merchantId)
        .where('r.reviewed_at', '>=', weekStarts[0])
        .as('w'),
    )
    .select(['w.category', 'w.week', sql<number | string>`count(*)`.as('reviews')])
    .groupBy(['w.category', 'w.week'])
    .execute();
}

/** Competitors' listings in a category, by id. */
export async function listCompetitorProducts(store: Store, merchantId: string, category: string) {
  return store.db
    .selectFrom('product')
    .select(['id', 'name'])
    .where('merchant_id', '=', merchantId)
    .where('owner', '=', 'competitor')
    .where('category', '=', category)
    .orderBy('id')
    .execute();
}

/** The newest review texts of one product. */
export async function listRecentReviewTexts(store: Store, merchantId: string, productId: string, limit: number): Promise<string[]> {
  const rows = await store.db
    .selectFrom('review')
    .select('text')
    .where('merchant_id', '=', merchantId)
    .where('product_id', '=', productId)
    .orderBy('reviewed_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.text);
}
