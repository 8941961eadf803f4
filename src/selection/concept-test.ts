import { createRng } from '../math/random.js';
import { betaQuantile } from '../math/distributions.js';
import { minOf } from '../math/summary.js';

/**
 * Concept tests: which design variant do buyers like best, how sure are we, and may we stop?
 * Each reaction rate (likes and saves per view, warm and buying comments, "would buy" answers) gets a
 * Beta posterior; the variants are compared on one deciding rate by drawing from the posteriors.
 */

export type ConceptMetric = 'like' | 'save' | 'warmComment' | 'buyingComment' | 'intent';

export interface ConceptVariant {
  name: string;
  views: number;
  likes: number;
  saves: number;
  /** P(positive) of each comment, from the sentiment model. */
  commentScores: number[];
  /** Comments asking how or where to buy (求链接, 多少钱, 蹲…). */
  buyingComments: number;
  /** Purchase-intent question: how many were asked and how many said they would buy. */
  intentAsked: number;
  intentYes: number;
}

export interface RateEstimate {
  successes: number;
  trials: number;
  mean: number;
  /** Equal-tailed 95% credible interval. */
  low: number;
  high: number;
}

export interface VariantVerdict {
  name: string;
  rates: Record<ConceptMetric, RateEstimate>;
  /** Probability this variant has the highest deciding rate. */
  chanceBest: number;
  /** Expected shortfall of the deciding rate if this variant is picked and another is really better. */
  expectedLoss: number;
}

export interface ConceptVerdict {
  decidedBy: ConceptMetric;
  variants: VariantVerdict[];
  leader: string;
  /** Stop when picking the leader is expected to cost less than this much of the deciding rate. */
  lossTolerance: number;
  stop: boolean;
  /** Rough extra views (or comments, or people asked) per variant before stopping, as expected loss shrinks like 1/√n; 0 when stopping. */
  moreSampleNeeded: number;
}

/** Beta(1, 1): every rate equally plausible before any reaction; a few dozen views outweigh it. */
const PRIOR = { alpha: 1, beta: 1 };
const CREDIBLE_MASS = 0.95;
const DRAWS = 20_000;
/**
 * Stop once choosing the leader costs less than 5% of its rate on average: for a 20% "would buy"
 * rate that is one point, below what a small factory's order plan can act on.
 */
const RELATIVE_LOSS_TOLERANCE = 0.05;
/** Saves are the strongest free sign of purchase interest on Xiaohongshu and Douyin; likes are cheap. */
const DEFAULT_METRIC_WITHOUT_INTENT: ConceptMetric = 'save';
const DEFAULT_SEED = 1;
/**
 * Never stop before every variant has this many views (or comments, or answers): below it the
 * flat prior still dominates and an untested variant can look like a winner.
 */
export const MIN_SAMPLE_TO_STOP = 30;

function estimate(successes: number, trials: number): RateEstimate {
  const alpha = PRIOR.alpha + successes;
  const beta = PRIOR.beta + Math.max(0, trials - successes);
  const tail = (1 - CREDIBLE_MASS) / 2;
  return {
    successes,
    trials,
    mean: alpha / (alpha + beta),
    low: betaQuantile(tail, alpha, beta),
    high: betaQuantile(1 - tail, alpha, beta),
  };
}

function rates(variant: ConceptVariant): Record<ConceptMetric, RateEstimate> {
  const warmth = variant.commentScores.reduce((sum, score) => sum + score, 0);
  return {
    like: estimate(variant.likes, variant.views),
    save: estimate(variant.saves, variant.views),
    // Comment scores are probabilities, so each comment adds fractional evidence to warm and cold.
    warmComment: estimate(warmth, variant.commentScores.length),
    buyingComment: estimate(variant.buyingComments, variant.commentScores.length),
    intent: estimate(variant.intentYes, variant.intentAsked),
  };
}

/** Purchase intent decides when every variant was asked, because it is closest to a sale. */
export function defaultMetric(variants: ConceptVariant[]): ConceptMetric {
  return variants.every((v) => v.intentAsked > 0) ? 'intent' : DEFAULT_METRIC_WITHOUT_INTENT;
}

export interface ConceptOptions {
  decideBy?: ConceptMetric;
  seed?: number;
}

export function compareConcepts(variants: ConceptVariant[], options: ConceptOptions = {}): ConceptVerdict {
  if (variants.length < 2) throw new RangeError('a concept test needs at least two variants');
  const decidedBy = options.decideBy ?? defaultMetric(variants);
  const rng = createRng(options.seed ?? DEFAULT_SEED);
  const estimates = variants.map(rates);
  const posteriors = estimates.map((r) => ({
    alpha: PRIOR.alpha + r[decidedBy].successes,
    beta: PRIOR.beta + Math.max(0, r[decidedBy].trials - r[decidedBy].successes),
  }));

  const wins = new Array<number>(variants.length).fill(0);
  const shortfall = new Array<number>(variants.length).fill(0);
  const draw = new Array<number>(variants.length);
  for (let d = 0; d < DRAWS; d++) {
    let best = 0;
    for (let i = 0; i < variants.length; i++) {
      draw[i] = rng.beta(posteriors[i].alpha, posteriors[i].beta);
      if (draw[i] > draw[best]) best = i;
    }
    wins[best]++;
    for (let i = 0; i < variants.length; i++) shortfall[i] += draw[best] - draw[i];
  }

  const verdicts = variants.map((variant, i) => ({
    name: variant.name,
    rates: estimates[i],
    chanceBest: wins[i] / DRAWS,
    expectedLoss: shortfall[i] / DRAWS,
  }));
  const leader = verdicts.reduce((a, b) => (b.expectedLoss < a.expectedLoss ? b : a));
  const lossTolerance = RELATIVE_LOSS_TOLERANCE * leader.rates[decidedBy].mean;
  const sampleSoFar = minOf(estimates, (r) => r[decidedBy].trials);
  const stop = leader.expectedLoss < lossTolerance && sampleSoFar >= MIN_SAMPLE_TO_STOP;
  const moreSampleNeeded = stop
    ? 0
    : Math.max(MIN_SAMPLE_TO_STOP - sampleSoFar, Math.ceil(Math.max(1, sampleSoFar) * ((leader.expectedLoss / lossTolerance) ** 2 - 1)));
  return { decidedBy, variants: verdicts, leader: leader.name, lossTolerance, stop, moreSampleNeeded };
}
