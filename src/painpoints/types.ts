/**
 * Public shapes of the pain-point capability. Other teams (agents, selection, web) read these names,
 * so they stay stable; richer internal shapes live beside the code that needs them.
 */
export type Polarity = 'positive' | 'negative' | 'neutral';

/**
 * The implicit aspect of opinions about the product as a whole ("垃圾", "不好用"). It is not a pain point:
 * it names no problem to fix, and overall dissatisfaction is what review sentiment already measures.
 */
export const OVERALL_GROUP = '整体';

/** One (aspect, opinion, polarity) triple, e.g. 拉杆 / 角度不能调 / negative. */
export interface AspectOpinion {
  /** The aspect as written; for an implicit aspect ("太贵了") the inferred aspect group name. */
  aspect: string;
  /** Synonyms merged: 拉杆/把手/拉手 share one group. */
  aspectGroup: string;
  opinion: string;
  polarity: Polarity;
  /** The clause the opinion was found in, quoted back to the merchant as context. */
  clause: string;
}

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
