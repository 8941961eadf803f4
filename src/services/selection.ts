import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../domain/errors.js';
import type { LaunchDecision, LaunchDecisionKind } from '../domain/launch-decision.js';
import { categoryDemand, demandWeekStarts, type DemandEvent, weeklyDemand } from '../selection/category-demand.js';
import { asksToBuy, commentWarmth } from '../selection/concept-comments.js';
import { variantCountsSchema } from '../selection/concept-input.js';
import { compareConcepts, type ConceptMetric, type ConceptVariant, type ConceptVerdict } from '../selection/concept-test.js';
import { type LaunchPlan, type LaunchPlanDraft, parseLaunchPlan, similarDemandSchema } from '../selection/launch-plan.js';
import { type LaunchRisk, simulateLaunch } from '../selection/launch-risk.js';
import { type CompetitorListing, type DemandSignal, type OpportunityInputs, rankOpportunities, TYPICAL_CHANNEL_FEE_RATE } from '../selection/opportunity.js';
import type { OpportunityIdea, OpportunityScore } from '../selection/opportunity-score.js';
import { type OpportunityWeights, resolveWeights, type WeightOverrides } from '../selection/opportunity-weights.js';
import { parseInput } from '../selection/parse-input.js';
import { firstSeasonUnits } from '../selection/season-history.js';
import { wordsOf } from '../selection/similarity.js';
import { median } from '../math/summary.js';
import {
  addConceptComments,
  listCatalogue,
  listLaunchDecisions,
  listCompetitorProducts,
  listOwnSalesLines,
  listRecentReviewTexts,
  countCatalogueReviewsPerWeek,
  newestCatalogueReviewTime,
  listSearchVolumes,
  loadConceptTest,
  loadOpportunityWeights,
  saveLaunchDecision,
  saveLaunchPlan,
  saveOpportunityWeights,
  type SavedLaunchPlan,
  setVariantCounts,
  type VariantCounts,
} from '../store/selection.js';
import { dataVersion } from '../store/data-version.js';
import { countReviewsToExtract } from '../store/painpoints.js';
import type { Store } from '../store/store.js';
import { painPointReportFor } from './painpoints.js';
import { VersionedCache } from './versioned-cache.js';
import { analysisRunning } from './work-progress.js';

/** Selection use cases, shared by the CLI and the HTTP routes: launch risk, opportunity scores, concept tests. */

// ── launch risk ─────────────────────────────────────────────────────────────

/** Units each of the merchant's own products in a category sold in its first season: demand history for a new style. */
export async function similarProductSeasons(store: Store, merchantId: string, category: string, sellingWeeks: number): Promise<number[]> {
  return firstSeasonUnits(await listOwnSalesLines(store, merchantId, category), sellingWeeks);
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

/** A plan as entered, checked, with similar-product demand read from the merchant's sales (without a store, none is read). */
async function launchPlanFrom(store: Store | null, merchantId: string, raw: unknown): Promise<LaunchPlan> {
  return parseLaunchPlan(store ? await withSimilarDemand(store, merchantId, raw) : raw);
}

export type LaunchRiskWithSeasons = LaunchRisk & { seasons: number[] | null };

/** The launch's risk by simulation; the seasons behind a history-based plan go back with it, so the owner sees what it rests on. */
export async function launchRiskFor(
  store: Store | null,
  merchantId: string,
  raw: unknown,
  options: { seed?: number; draws?: number },
): Promise<LaunchRiskWithSeasons> {
  const plan = await launchPlanFrom(store, merchantId, raw);
  const seasons = plan.demand.kind === 'history' ? plan.demand.units : null;
  return { ...simulateLaunch(plan, options), seasons };
}

/** Saves a plan that runs, kept as entered so similar-product demand stays live. */
export async function saveCheckedLaunchPlan(store: Store, merchantId: string, name: string, raw: LaunchPlanDraft): Promise<SavedLaunchPlan<LaunchPlanDraft>> {
  await launchPlanFrom(store, merchantId, raw);
  return saveLaunchPlan(store, merchantId, name, raw);
}

// ── opportunity scores ──────────────────────────────────────────────────────

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
  const keywords = await listSearchVolumes(store, merchantId);
  const searches: DemandEvent[] = keywords.flatMap((k) =>
    categories.filter((c) => k.keyword.includes(c)).map((category) => ({ category, at: k.at, weight: k.volume })),
  );
  const sales = await listOwnSalesLines(store, merchantId);
  const sources = [
    categoryDemand(searches, 'searches'),
    categoryDemand(sales.map((s) => ({ category: s.category, at: s.at, weight: s.units })), 'units'),
    await reviewDemand(store, merchantId),
  ];
  const out = new Map<string, DemandSignal>();
  for (const category of categories) {
    const found = sources.find((s) => s.has(category));
    if (found) out.set(category, found.get(category)!);
  }
  return out;
}

/**
 * Demand per category as its reviews show it: `categoryDemand` with one event per review of a catalogued product,
 * counted per week by the database.
 */
export async function reviewDemand(store: Store, merchantId: string): Promise<Map<string, DemandSignal>> {
  const newest = await newestCatalogueReviewTime(store, merchantId);
  if (newest === null) return new Map();
  const weeks = demandWeekStarts(Date.parse(newest)).map((ms) => new Date(ms).toISOString());
  const weekly = new Map<string, Float64Array>();
  for (const row of await countCatalogueReviewsPerWeek(store, merchantId, weeks)) {
    const series = weekly.get(row.category) ?? new Float64Array(weeks.length);
    series[Number(row.week)] += Number(row.reviews);
    weekly.set(row.category, series);
  }
  return weeklyDemand(weekly, 'reviews');
}

async function competitorListings(store: Store, merchantId: string, category: string): Promise<CompetitorListing[]> {
  const products = await listCompetitorProducts(store, merchantId, category);
  return Promise.all(
    products.map(async (p) => {
      const reviews = await listRecentReviewTexts(store, merchantId, p.id, REVIEWS_PER_COMPETITOR);
      return { id: p.id, title: p.name, words: wordsOf([p.name, ...reviews].join('\n')) };
    }),
  );
}

/**
 * Everything an opportunity score needs, per idea, from the merchant's data and the other
 * capabilities (trend rate tests, mined pain points). Without ideas, each category is one.
 */
export async function gatherOpportunityInputs(store: Store, merchantId: string, ideas?: IdeaDraft[]): Promise<OpportunityInputs[]> {
  const products = await listCatalogue(store, merchantId);
  const drafts: IdeaDraft[] = ideas ?? [...new Set(products.map((p) => p.category))].sort().map((category) => ({ name: category, category }));
  const categories = [...new Set([...products.map((p) => p.category), ...drafts.map((d) => d.category)])];
  const demand = await demandByCategory(store, merchantId, categories);
  // What to make answers the category's pain, competitors' buyers included; while an import's reviews are
  // analysed in the background, pain points come from those analysed so far.
  const painReport = await painPointReportFor(store, merchantId, { owner: 'all' }, analysisRunning(store, merchantId) ? 0 : Number.POSITIVE_INFINITY);
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

/**
 * The merchant's categories as ideas rest on every review, extraction, order and search; their inputs are
 * kept until one of those changes, so the opportunities page asked for again only re-weighs them.
 */
const categoryInputs = new VersionedCache<OpportunityInputs[]>(64);

async function opportunityInputsFor(store: Store, merchantId: string, ideas: IdeaDraft[] | undefined): Promise<OpportunityInputs[]> {
  if (ideas) return gatherOpportunityInputs(store, merchantId, ideas);
  const version = await dataVersion(store, merchantId, ['review', 'review_extraction', 'keyword_volume', 'sales_order', 'order_line', 'product']);
  return categoryInputs.get(store, merchantId, version, () => gatherOpportunityInputs(store, merchantId));
}

export interface RankedOpportunities {
  weights: OpportunityWeights;
  opportunities: OpportunityScore[];
  /** Reviews still being analysed after an import, not yet in the pain points (the page says so). */
  pendingReviews: number;
}

/**
 * Scores the merchant's categories (each as an idea, optionally one category) or the ideas given, under
 * their saved weights with `weights` on top; `saveWeights` keeps that combination for next time.
 */
export async function opportunitiesFor(
  store: Store,
  merchantId: string,
  options: { ideas?: IdeaDraft[]; category?: string; weights?: WeightOverrides; saveWeights?: boolean } = {},
): Promise<RankedOpportunities> {
  const overrides: WeightOverrides = { ...(await loadOpportunityWeights(store, merchantId)), ...options.weights };
  const weights = resolveWeights(overrides);
  if (options.saveWeights) await saveOpportunityWeights(store, merchantId, overrides);
  let inputs = await opportunityInputsFor(store, merchantId, options.ideas);
  if (!options.ideas && options.category) inputs = inputs.filter((i) => i.idea.category === options.category);
  const pendingReviews = analysisRunning(store, merchantId) ? await countReviewsToExtract(store, merchantId) : 0;
  return { weights, opportunities: rankOpportunities(inputs, overrides), pendingReviews };
}

/** The merchant's weights with the defaults filled in. */
export async function opportunityWeightsFor(store: Store, merchantId: string): Promise<OpportunityWeights> {
  return resolveWeights(await loadOpportunityWeights(store, merchantId));
}

/** Replaces the merchant's weights (checked first) and returns them with the defaults filled in. */
export async function changeOpportunityWeights(store: Store, merchantId: string, weights: WeightOverrides): Promise<OpportunityWeights> {
  const resolved = resolveWeights(weights);
  await saveOpportunityWeights(store, merchantId, weights);
  return resolved;
}

// ── concept tests ───────────────────────────────────────────────────────────

export interface ConceptTestRecord {
  id: string;
  name: string;
  decideBy: ConceptMetric | null;
  createdAt: string;
  variants: ConceptVariant[];
}

/** A stored test with its variants' comments scored and counted as the comparison reads them; null when not the merchant's. */
export async function conceptTest(store: Store, merchantId: string, testId: string): Promise<ConceptTestRecord | null> {
  const test = await loadConceptTest(store, merchantId, testId);
  if (!test) return null;
  return {
    id: test.id,
    name: test.name,
    decideBy: test.decideBy as ConceptMetric | null,
    createdAt: test.createdAt,
    variants: test.variants.map((v) => {
      const own = test.comments.filter((c) => c.variant === v.name);
      return {
        ...v,
        commentScores: own.map((c) => c.sentiment),
        buyingComments: own.filter((c) => asksToBuy(c.text)).length,
      };
    }),
  };
}

/** A stored test with its comparison; not-found when it is not the merchant's. */
export async function conceptVerdict(store: Store, merchantId: string, testId: string): Promise<{ test: ConceptTestRecord; verdict: ConceptVerdict }> {
  const test = await conceptTest(store, merchantId, testId);
  if (!test) throw notFound({ key: 'no_concept_test' });
  return { test, verdict: compareConcepts(test.variants, { decideBy: test.decideBy ?? undefined }) };
}

/**
 * Records a variant's reactions: the totals given (any left out keep their current value, so one
 * number can be corrected alone) and new comments, scored once here. Returns the new verdict.
 */
export async function recordConceptReactions(
  store: Store,
  merchantId: string,
  testId: string,
  variant: string,
  reactions: { counts?: Partial<VariantCounts>; comments: string[] },
): Promise<{ test: ConceptTestRecord; verdict: ConceptVerdict }> {
  const test = await conceptTest(store, merchantId, testId);
  const current = test?.variants.find((v) => v.name === variant);
  if (!current) throw notFound({ key: 'no_concept_variant' });
  const given = reactions.counts;
  const counts = given && parseInput(variantCountsSchema, {
    views: given.views ?? current.views,
    likes: given.likes ?? current.likes,
    saves: given.saves ?? current.saves,
    intentAsked: given.intentAsked ?? current.intentAsked,
    intentYes: given.intentYes ?? current.intentYes,
  }, 'counts');
  const comments = reactions.comments.map((text) => ({ text, sentiment: commentWarmth(text) }));
  await store.transaction(async (tx) => {
    if (counts) await setVariantCounts(tx, merchantId, testId, variant, counts);
    await addConceptComments(tx, merchantId, testId, variant, comments);
  });
  return conceptVerdict(store, merchantId, testId);
}

// ── launch decisions ────────────────────────────────────────────────────────

/**
 * Records what the owner decided after a concept test (开模 / 再测 / 放弃) with the test's result as it stands, for the
 * idea the test was about (the test's own name when none is given). Not-found when the test is not the merchant's.
 */
export async function recordLaunchDecision(
  store: Store,
  merchantId: string,
  testId: string,
  choice: { decision: LaunchDecisionKind; idea?: string },
): Promise<LaunchDecision> {
  const { test, verdict } = await conceptVerdict(store, merchantId, testId);
  const leader = verdict.variants.find((v) => v.name === verdict.leader);
  const decision: LaunchDecision = {
    id: randomUUID(),
    idea: choice.idea ?? test.name,
    testId,
    decision: choice.decision,
    result: { leader: verdict.leader, decidedBy: verdict.decidedBy, chanceBest: leader?.chanceBest ?? 0, stop: verdict.stop },
    decidedAt: new Date().toISOString(),
  };
  await saveLaunchDecision(store, merchantId, decision);
  return decision;
}

export const launchDecisionsFor = (store: Store, merchantId: string): Promise<LaunchDecision[]> => listLaunchDecisions(store, merchantId);
