/**
 * Names the aspect an opinion talks about when the buyer never wrote it: "太贵了" is about 价格,
 * "两天就到" about 物流. A multinomial naive Bayes over the opinion's characters and character pairs,
 * learned from the zhijiang train fold's implicit-aspect labels.
 */
import { maxOf } from '../../math/summary.js';

export interface ImplicitAspectModel {
  categories: string[];
  /** log P(category) */
  priors: number[];
  /** feature → log P(feature | category), one per category */
  likelihoods: Record<string, number[]>;
}

/** Laplace smoothing: unseen characters should not veto a category. */
const SMOOTHING = 1;
/** Features seen fewer times than this are noise on a few thousand labels and only bloat the model. */
const MIN_FEATURE_COUNT = 2;

export function opinionFeatures(opinion: string): string[] {
  const chars = [...opinion];
  return [...chars.map((c) => `c:${c}`), ...chars.slice(1).map((c, i) => `b:${chars[i]}${c}`), `w:${opinion}`];
}

export function trainImplicitAspects(examples: { opinion: string; category: string }[]): ImplicitAspectModel {
  const categories = [...new Set(examples.map((e) => e.category))].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  const docCounts = new Array<number>(categories.length).fill(0);
  const featureCounts = new Map<string, number[]>();
  const totals = new Array<number>(categories.length).fill(0);
  for (const { opinion, category } of examples) {
    const k = index.get(category)!;
    docCounts[k]++;
    for (const f of opinionFeatures(opinion)) {
      const counts = featureCounts.get(f) ?? new Array<number>(categories.length).fill(0);
      counts[k]++;
      totals[k]++;
      featureCounts.set(f, counts);
    }
  }
  const kept = [...featureCounts].filter(([, counts]) => counts.reduce((a, b) => a + b, 0) >= MIN_FEATURE_COUNT);
  const vocabulary = kept.length + 1;
  const denominator = totals.map((t) => t + SMOOTHING * vocabulary);
  const round = (x: number) => Number(x.toFixed(3));
  return {
    categories,
    priors: docCounts.map((n) => round(Math.log(n / examples.length))),
    likelihoods: Object.fromEntries(
      kept.map(([f, counts]) => [f, counts.map((n, k) => round(Math.log((n + SMOOTHING) / denominator[k])))]),
    ),
  };
}

/**
 * The category an implicit opinion is about, or the most common category when nothing beyond single
 * characters is known: "很结实" shares only 很 with the training opinions, which says nothing about topic.
 */
export function predictImplicitAspect(model: ImplicitAspectModel, opinion: string): string {
  return implicitAspectPredictor(model)(opinion);
}

const predictors = new WeakMap<ImplicitAspectModel, (opinion: string) => string>();

/**
 * The model with its likelihoods in a Map and the fallback worked out once: a Record of a thousand
 * keys is a dictionary-mode object, and spreading the priors twice per call cost more than the sums.
 */
function implicitAspectPredictor(model: ImplicitAspectModel): (opinion: string) => string {
  let predict = predictors.get(model);
  if (predict) return predict;
  const likelihoods = new Map(Object.entries(model.likelihoods).map(([f, l]) => [f, Float64Array.from(l)]));
  const fallback = model.categories[model.priors.indexOf(maxOf(model.priors, (p) => p))];
  const scores = new Float64Array(model.categories.length);
  predict = (opinion) => {
    scores.set(model.priors);
    let informative = false;
    for (const f of opinionFeatures(opinion)) {
      const likelihood = likelihoods.get(f);
      // Unknown features carry no evidence for any category, so they are skipped rather than penalised.
      if (!likelihood) continue;
      informative ||= !f.startsWith('c:');
      for (let k = 0; k < scores.length; k++) scores[k] += likelihood[k];
    }
    if (!informative) return fallback;
    let best = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
    return model.categories[best];
  };
  predictors.set(model, predict);
  return predict;
}
