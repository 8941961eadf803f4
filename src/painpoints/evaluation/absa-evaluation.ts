import type { AspectOpinionExtractor } from '../tagger/extract.js';
import { precisionRecall, type PrecisionRecall } from './metrics.js';
import type { Polarity } from '../types.js';
import type { GoldReview } from '../learning/zhijiang.js';

export interface AbsaScores {
  aspect: PrecisionRecall;
  opinion: PrecisionRecall;
  /** Exact aspect span (or both implicit), exact opinion span and the same polarity. */
  pair: PrecisionRecall;
  perPolarity: Record<Polarity, PrecisionRecall>;
}

const POLARITIES: Polarity[] = ['positive', 'negative', 'neutral'];
const IMPLICIT = '_';
const spanKey = (id: string, span: { start: number; end: number } | null) =>
  span ? `${id}:${span.start}-${span.end}` : `${id}:${IMPLICIT}`;

/** Span-exact precision, recall and F1 on gold reviews, the way the Zhijiang Cup scored entries. */
export function evaluateAbsa(extractor: AspectOpinionExtractor, gold: GoldReview[]): AbsaScores {
  const goldAspects: string[] = [];
  const goldOpinions: string[] = [];
  const goldPairs: { key: string; polarity: Polarity }[] = [];
  const predictedAspects: string[] = [];
  const predictedOpinions: string[] = [];
  const predictedPairs: { key: string; polarity: Polarity }[] = [];
  for (const review of gold) {
    for (const label of review.labels) {
      if (label.aspect) goldAspects.push(spanKey(review.id, label.aspect));
      if (label.opinion) goldOpinions.push(spanKey(review.id, label.opinion));
      const key = `${spanKey(review.id, label.aspect)}|${spanKey(review.id, label.opinion)}|${label.polarity}`;
      goldPairs.push({ key, polarity: label.polarity });
    }
    for (const span of extractor.spans(review.text)) {
      (span.kind === 'A' ? predictedAspects : predictedOpinions).push(spanKey(review.id, span));
    }
    for (const found of extractor.extract(review.text)) {
      const key = `${spanKey(review.id, found.aspectSpan)}|${spanKey(review.id, found.opinionSpan)}|${found.polarity}`;
      predictedPairs.push({ key, polarity: found.polarity });
    }
  }
  const keys = (pairs: { key: string; polarity: Polarity }[], p?: Polarity) =>
    pairs.filter((x) => p === undefined || x.polarity === p).map((x) => x.key);
  return {
    aspect: precisionRecall(goldAspects, predictedAspects),
    opinion: precisionRecall(goldOpinions, predictedOpinions),
    pair: precisionRecall(keys(goldPairs), keys(predictedPairs)),
    perPolarity: Object.fromEntries(
      POLARITIES.map((p) => [p, precisionRecall(keys(goldPairs, p), keys(predictedPairs, p))]),
    ) as Record<Polarity, PrecisionRecall>,
  };
}
