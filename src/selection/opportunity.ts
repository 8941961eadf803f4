import type { PainPoint } from '../painpoints/types.js';
import type { FactorEvidence, OpportunityFactor, OpportunityIdea, OpportunityScore } from './opportunity-score.js';
import { type OpportunityFactorKey, OPPORTUNITY_FACTORS, resolveWeights, type WeightOverrides } from './opportunity-weights.js';
import { cosine, meanPairwiseSimilarity, tfidfVectors } from './similarity.js';

/**
 * Opportunity score of a product idea or a category: six factors, each scored 0–1 with the
 * evidence behind it, weighted into 0–100. Inputs are other capabilities' outputs as plain values.
 */

export interface DemandSignal {
  /** Demand per week in the scope (searches, units sold or reviews: the unit is in `unit`). */
  level: number;
  unit: 'searches' | 'units' | 'reviews';
  /** The level of a typical category in the merchant's data; that level scores 0.5. */
  typicalLevel: number;
  /** Relative growth, recent vs. baseline (from the trend radar), e.g. 0.4 = +40%. */
  growth: number;
  /** False-discovery-adjusted p-value of that growth; null when untested. */
  qValue: number | null;
}

export interface CompetitorListing {
  id: string;
  title: string;
  /** Title plus a sample of its reviews, already split into words. */
  words: string[];
}

export interface OpportunityInputs {
  idea: OpportunityIdea;
  ideaWords: string[];
  demand: DemandSignal | null;
  painPoints: PainPoint[];
  competitors: CompetitorListing[];
}

/** Growth of +50% scores about 0.88 and −50% about 0.12; flat is 0.5. */
const GROWTH_SCALE = 0.5;
/**
 * When a fifth of reviews complain, with mostly negative talk, about what the idea fixes, that is as
 * strong a pull as review data shows; complaint shares of a few percent are typical.
 */
const PAIN_FULL_MARKS = 0.2;
/** With ten competing listings watched the field counts as half-crowded. */
const COMPETITORS_HALF_CROWDED = 10;
/** Similarity to the closest few listings, not the single closest: one twin is bad luck, three is a trend. */
const CLOSEST_LISTINGS = 3;
/** A 50% margin after platform fees is what a healthy small-factory style earns; more adds nothing. */
const MARGIN_FULL_MARKS = 0.5;
const EVIDENCE_SHOWN = 3;
/** Platform commission plus payment fees when the merchant has not said: Taobao/Tmall and JD charge roughly 2–6%. */
export const TYPICAL_CHANNEL_FEE_RATE = 0.05;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

type FactorDraft = Omit<OpportunityFactor, 'weight' | 'points'>;

function demandFactor(demand: DemandSignal | null): FactorDraft {
  if (!demand) return { key: 'demand', value: 0, score: 0.5, evidence: [{ kind: 'missing', text: 'demand' }] };
  const score = demand.level / (demand.level + Math.max(demand.typicalLevel, Number.MIN_VALUE));
  return {
    key: 'demand',
    value: demand.level,
    score,
    evidence: [
      { kind: 'figure', text: `${demand.unit}/week`, value: demand.level },
      { kind: 'figure', text: 'typical', value: demand.typicalLevel },
    ],
  };
}

function growthFactor(demand: DemandSignal | null): FactorDraft {
  if (!demand) return { key: 'growth', value: 0, score: 0.5, evidence: [{ kind: 'missing', text: 'growth' }] };
  // An untested or insignificant rise is pulled toward "flat" by how likely it is to be noise.
  const confidence = demand.qValue === null ? 0.5 : 1 - clamp01(demand.qValue);
  const score = 0.5 + 0.5 * Math.tanh(demand.growth / GROWTH_SCALE) * confidence;
  const evidence: FactorEvidence[] = [{ kind: 'figure', text: 'growth', value: demand.growth }];
  if (demand.qValue !== null) evidence.push({ kind: 'figure', text: 'qValue', value: demand.qValue });
  return { key: 'growth', value: demand.growth, score, evidence };
}

/**
 * The merchant names what the idea fixes in their own words (拉杆, 盖子); mined groups and labels use
 * the buyers' words, so a fix matches a pain point its group, label or quoted complaints mention.
 */
function complainsAbout(p: PainPoint, fix: string): boolean {
  return [p.group, p.label, ...p.evidence.map((e) => e.text)].some((text) => text.includes(fix) || fix.includes(p.group));
}

/** Complaint weight of a pain point: share of reviews suffering it times how negative the talk is. */
const painWeight = (p: PainPoint) => p.share * p.negativity;

function painReliefFactor(idea: OpportunityIdea, painPoints: PainPoint[]): FactorDraft {
  if (painPoints.length === 0) return { key: 'painRelief', value: 0, score: 0, evidence: [{ kind: 'missing', text: 'painPoints' }] };
  // A whole category is scored on the unmet pain left for someone to fix; an idea only on the pain it fixes.
  const { fixes } = idea;
  if (fixes?.length === 0) return { key: 'painRelief', value: 0, score: 0, evidence: [{ kind: 'missing', text: 'fixes' }] };
  const relevant = fixes === null ? painPoints : painPoints.filter((p) => fixes.some((fix) => complainsAbout(p, fix)));
  const value = relevant.reduce((sum, p) => sum + painWeight(p), 0);
  const shown = [...relevant].sort((a, b) => painWeight(b) - painWeight(a)).slice(0, EVIDENCE_SHOWN);
  const evidence: FactorEvidence[] = shown.flatMap((p) => [
    { kind: 'painPoint' as const, text: p.label, value: p.share },
    ...p.evidence.slice(0, 1).map((e) => ({ kind: 'review' as const, text: e.text })),
  ]);
  return { key: 'painRelief', value, score: clamp01(value / PAIN_FULL_MARKS), evidence };
}

function competitionFactor(competitors: CompetitorListing[]): FactorDraft {
  const n = competitors.length;
  return {
    key: 'competition',
    value: n,
    score: 1 / (1 + n / COMPETITORS_HALF_CROWDED),
    evidence: [{ kind: 'figure', text: 'competitors', value: n }],
  };
}

function samenessFactor(ideaWords: string[], competitors: CompetitorListing[]): FactorDraft {
  if (competitors.length === 0) return { key: 'sameness', value: 0, score: 1, evidence: [{ kind: 'missing', text: 'competitors' }] };
  const [ideaVector, ...listingVectors] = tfidfVectors([ideaWords, ...competitors.map((c) => c.words)]);
  const closest = competitors
    .map((c, i) => ({ c, similarity: cosine(ideaVector, listingVectors[i]) }))
    .sort((a, b) => b.similarity - a.similarity);
  const top = closest.slice(0, CLOSEST_LISTINGS);
  const value = top.reduce((sum, t) => sum + t.similarity, 0) / top.length;
  return {
    key: 'sameness',
    value,
    score: 1 - clamp01(value),
    evidence: [
      ...top.map((t) => ({ kind: 'competitor' as const, text: t.c.title, value: t.similarity })),
      // How alike the competitors are to each other needs at least two of them.
      ...(competitors.length > 1
        ? [{ kind: 'figure' as const, text: 'fieldSameness', value: meanPairwiseSimilarity(listingVectors) }]
        : []),
    ],
  };
}

function marginFactor(idea: OpportunityIdea): FactorDraft {
  if (idea.unitCost === null) return { key: 'margin', value: 0, score: 0.5, evidence: [{ kind: 'missing', text: 'unitCost' }] };
  const net = idea.price * (1 - idea.channelFeeRate) - idea.channelFeePerUnit;
  const margin = idea.price > 0 ? (net - idea.unitCost) / idea.price : 0;
  return {
    key: 'margin',
    value: margin,
    score: clamp01(margin / MARGIN_FULL_MARKS),
    evidence: [
      { kind: 'figure', text: 'netPerUnit', value: net },
      { kind: 'figure', text: 'unitCost', value: idea.unitCost },
    ],
  };
}

export function scoreOpportunity(inputs: OpportunityInputs, weightOverrides: WeightOverrides = {}): OpportunityScore {
  const weights = resolveWeights(weightOverrides);
  const drafts: Record<OpportunityFactorKey, FactorDraft> = {
    demand: demandFactor(inputs.demand),
    growth: growthFactor(inputs.demand),
    painRelief: painReliefFactor(inputs.idea, inputs.painPoints),
    competition: competitionFactor(inputs.competitors),
    sameness: samenessFactor(inputs.ideaWords, inputs.competitors),
    margin: marginFactor(inputs.idea),
  };
  const factors = OPPORTUNITY_FACTORS.map((key) => ({
    ...drafts[key],
    weight: weights[key],
    points: 100 * weights[key] * drafts[key].score,
  }));
  return { idea: inputs.idea, score: factors.reduce((sum, f) => sum + f.points, 0), factors };
}

/** Several ideas or categories, best first. */
export function rankOpportunities(inputs: OpportunityInputs[], weightOverrides: WeightOverrides = {}): OpportunityScore[] {
  return inputs.map((i) => scoreOpportunity(i, weightOverrides)).sort((a, b) => b.score - a.score);
}
