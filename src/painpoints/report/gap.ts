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

function complaintCounts(reviews: ReviewMentions[]) {
  const counts = new Map<string, number>();
  for (const review of reviews) for (const g of complainedGroups(review)) counts.set(g, (counts.get(g) ?? 0) + 1);
  return counts;
}

export function gapView(reviews: ReviewMentions[]): GapView {
  const own = reviews.filter((r) => r.owner === 'own');
  const competitor = reviews.filter((r) => r.owner === 'competitor');
  const empty: GapView = { competitorsWorse: [], oursWorse: [] };
  if (own.length === 0 || competitor.length === 0) return empty;
  const [ownCounts, competitorCounts] = [complaintCounts(own), complaintCounts(competitor)];
  const gaps: PainPointGap[] = [];
  for (const group of new Set([...ownCounts.keys(), ...competitorCounts.keys()])) {
    if (group === OVERALL_GROUP) continue;
    const [a, b] = [ownCounts.get(group) ?? 0, competitorCounts.get(group) ?? 0];
    if (Math.max(a, b) < MIN_GAP_COMPLAINTS) continue;
    const [p1, p2] = [a / own.length, b / competitor.length];
    const pooled = (a + b) / (own.length + competitor.length);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / own.length + 1 / competitor.length));
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
