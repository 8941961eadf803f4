import type { AspectOpinionExtractor } from '../tagger/extract.js';
import { goldReviewOf, type GoldClause } from '../learning/gold-clauses.js';
import { evaluateAbsa } from './absa-evaluation.js';
import type { PrecisionRecall } from './metrics.js';

export interface NegativePairScores {
  /** Span-exact (aspect, opinion, negative) pairs over all the clauses. */
  overall: PrecisionRecall;
  perCategory: Record<string, PrecisionRecall>;
  /** Unweighted mean of the categories' F1, so a small category counts as much as a big one. */
  meanF1: number;
}

/** Complaint pairs found in hand-labelled clauses, overall and per category (see gold-clauses.ts). */
export function scoreNegativePairs(extractor: AspectOpinionExtractor, clauses: GoldClause[]): NegativePairScores {
  const byCategory = new Map<string, GoldClause[]>();
  for (const c of clauses) {
    const some = byCategory.get(c.category);
    if (some) some.push(c);
    else byCategory.set(c.category, [c]);
  }
  const negative = (some: GoldClause[]) => evaluateAbsa(extractor, some.map(goldReviewOf)).perPolarity.negative;
  const perCategory = Object.fromEntries([...byCategory].sort(([a], [b]) => a.localeCompare(b)).map(([category, some]) => [category, negative(some)]));
  const f1s = Object.values(perCategory).map((s) => s.f1);
  return { overall: negative(clauses), perCategory, meanF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0 };
}
