/**
 * Public shapes of the pain-point capability. Other teams (agents, selection, web) read these names,
 * so they stay stable; richer internal shapes live beside the code that needs them.
 */
import type { AspectOpinion, Polarity } from '../domain/review-opinions.js';

// The extracted triples are shared with the store and trends, so they live in src/domain.
export type { AspectOpinion, Polarity };

/**
 * The implicit aspect of opinions about the product as a whole ("垃圾", "不好用"). It is not a pain point:
 * it names no problem to fix, and overall dissatisfaction is what review sentiment already measures.
 */
export const OVERALL_GROUP = '整体';


export interface EvidenceReview {
  reviewId: string;
  text: string;
}

/** One ranked problem buyers suffer, with the proof behind it. */
export interface PainPoint {
  group: string;
  /** Plain words: the most common way buyers say it ("拉杆 角度不能调"). */
  label: string;
  /** How many distinct reviews complain about it. */
  reviews: number;
  /** Those reviews as a share of all reviews in scope (0..1). */
  share: number;
  /** Share of this group's mentions that are negative (0..1). */
  negativity: number;
  /** Relative change of the complaint rate, recent window vs. the one before (0 = flat, 1 = doubled). */
  growth: number;
  /** Stars a mention costs, from a regression of rating on aspect mentions (0 when no ratings). */
  starsCost: number;
  score: number;
  evidence: EvidenceReview[];
}
