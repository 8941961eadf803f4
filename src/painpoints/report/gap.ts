import { OVERALL_GROUP } from '../types.js';
import { complainedGroups, type ReviewMentions } from './review-mentions.js';

/** |z| of a two-proportion test above which a difference is shown (two-sided 95%). */
export const GAP_Z = 1.96;
/** Below this many complaints on the worse side a gap is an anecdote, whatever the test says. */
const MIN_GAP_COMPLAINTS = 3;

/** One aspect where our buyers and competitors' buyers complain at clearly different rates. */
export interface PainPointGap {
  group: string;
  /** Share of our reviews complaining about it. */
  ownShare: number;
  competitorShare: number;
  ownReviews: number;
  competitorReviews: number;
  /** Two-proportion z statistic, competitor minus own. */
  z: number;
}

export interface GapView {
  /** What competitors' buyers hate that ours don't: our selling point to advertise. */
  competitorsWorse: PainPointGap[];
  /** What our buyers hate that competitors' don't: what to fix first. */
  oursWorse: PainPointGap[];
}

/** Reviews complaining about each group, and all reviews, on our side and on competitors'. */
export interface GapCounts {
  own: { reviews: number; complaints: Map<string, number> };
  competitor: { reviews: number; complaints: Map<string, number> };
}

/** The groups where the two sides' complaint rates differ clearly (two-proportion z test). */
export function gapFromCounts({ own, competitor }: GapCounts): GapView {
  const empty: GapView = { competitorsWorse: [], oursWorse: [] };
  if (own.reviews === 0 || competitor.reviews === 0) return empty;
  const gaps: PainPointGap[] = [];
  for (const group of new Set([...own.complaints.keys(), ...competitor.complaints.keys()])) {
    if (group === OVERALL_GROUP) continue;
    const [a, b] = [own.complaints.get(group) ?? 0, competitor.complaints.get(group) ?? 0];
    if (Math.max(a, b) < MIN_GAP_COMPLAINTS) continue;
    const [p1, p2] = [a / own.reviews, b / competitor.reviews];
    const pooled = (a + b) / (own.reviews + competitor.reviews);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / own.reviews + 1 / competitor.reviews));
    const z = se === 0 ? 0 : (p2 - p1) / se;
    if (Math.abs(z) < GAP_Z) continue;
    gaps.push({ group, ownShare: p1, competitorShare: p2, ownReviews: a, competitorReviews: b, z });
  }
  const bySize = (x: PainPointGap, y: PainPointGap) => Math.abs(y.z) - Math.abs(x.z) || x.group.localeCompare(y.group);
  return {
    competitorsWorse: gaps.filter((g) => g.z > 0).sort(bySize),
    oursWorse: gaps.filter((g) => g.z < 0).sort(bySize),
  };
}

/**
 * Our reviews against competitors'. A review of no known product counts as ours: a merchant imports its
 * own shop's reviews without product ids far more often than a competitor's.
 */
export function gapView(reviews: ReviewMentions[]): GapView {
  const counts: GapCounts = { own: { reviews: 0, complaints: new Map() }, competitor: { reviews: 0, complaints: new Map() } };
  for (const review of reviews) {
    const side = review.owner === 'competitor' ? counts.competitor : counts.own;
    side.reviews++;
    for (const g of complainedGroups(review)) side.complaints.set(g, (side.complaints.get(g) ?? 0) + 1);
  }
  return gapFromCounts(counts);
}
