import type { RankedPainPoint } from '../report/ranking.js';
import { OVERALL_GROUP } from '../types.js';
import type { ReviewMentions } from '../report/review-mentions.js';
import { complainedGroups } from '../report/review-mentions.js';

/** A gold complaint category needs this many complaining reviews to be one a merchant must be told about. */
export const MIN_GOLD_REVIEWS = 3;

function complainingReviews(reviews: ReviewMentions[], painPoint: RankedPainPoint): string[] {
  return reviews.filter((r) => complainedGroups(r).has(painPoint.group)).map((r) => r.reviewId);
}

/**
 * Share of gold complaint categories (zhijiang 负面 labels by category) that one of the top-k pain points
 * stands for. A pain point stands for the category most of its gold-labelled complaining reviews carry.
 */
export function categoryRecallAtK(
  reviews: ReviewMentions[],
  ranked: RankedPainPoint[],
  goldCategoriesByReview: Map<string, string[]>,
  k: number,
): number {
  const goldCounts = new Map<string, number>();
  for (const categories of goldCategoriesByReview.values()) {
    for (const c of new Set(categories)) goldCounts.set(c, (goldCounts.get(c) ?? 0) + 1);
  }
  // "Overall" dissatisfaction names no problem, so it is neither a pain point nor a gold complaint.
  const gold = [...goldCounts].filter(([c, n]) => c !== OVERALL_GROUP && n >= MIN_GOLD_REVIEWS).map(([c]) => c);
  if (gold.length === 0) return 0;
  const found = new Set<string>();
  for (const painPoint of ranked.slice(0, k)) {
    const votes = new Map<string, number>();
    for (const id of complainingReviews(reviews, painPoint)) {
      for (const c of goldCategoriesByReview.get(id) ?? []) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) found.add(best[0]);
  }
  return gold.filter((c) => found.has(c)).length / gold.length;
}

/**
 * Share of gold complaining reviews (online_shopping label 0) that complain about one of the top-k pain
 * points: how much of what buyers actually grumble about the list would have told the merchant.
 */
export function reviewRecallAtK(
  reviews: ReviewMentions[],
  ranked: RankedPainPoint[],
  goldComplaints: Set<string>,
  k: number,
): number {
  if (goldComplaints.size === 0) return 0;
  const top = new Set(ranked.slice(0, k).map((p) => p.group));
  const covered = reviews.filter(
    (r) => goldComplaints.has(r.reviewId) && [...complainedGroups(r)].some((g) => top.has(g)),
  ).length;
  return covered / goldComplaints.size;
}
