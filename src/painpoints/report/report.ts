import { gapView, type GapView } from './gap.js';
import { gapStatement, painPointStatement, type OpportunityStatement } from './opportunity.js';
import { rankPainPoints, type RankedPainPoint } from './ranking.js';
import type { ReviewMentions } from './review-mentions.js';

/** Pain points shown for the whole scope; the long tail is in the per-slice lists. */
export const TOP_PAIN_POINTS = 20;
/** Per product / category / platform / competitor, the few that matter. */
export const TOP_PER_SLICE = 5;
/** Statements are read in a glance; more than this and the merchant stops reading. */
const OPPORTUNITIES_SHOWN = 5;
/** Gap statements first (they are unique to us), but never crowding out our own worst problems. */
const GAP_STATEMENTS_SHOWN = 2;

export interface PainPointSlice {
  key: string;
  /** What the merchant calls it: the product name for a product, else the key. */
  label: string;
  reviews: number;
  painPoints: RankedPainPoint[];
}

export interface PainPointReport {
  reviews: number;
  painPoints: RankedPainPoint[];
  byProduct: PainPointSlice[];
  byCategory: PainPointSlice[];
  byPlatform: PainPointSlice[];
  /** Competitor products grouped by brand. */
  byCompetitor: PainPointSlice[];
  gap: GapView;
  opportunities: OpportunityStatement[];
}

function slices(
  reviews: ReviewMentions[],
  keyOf: (r: ReviewMentions) => string | null,
  labelOf: (r: ReviewMentions) => string | null = keyOf,
): PainPointSlice[] {
  const groups = new Map<string, ReviewMentions[]>();
  for (const review of reviews) {
    const key = keyOf(review);
    if (key === null) continue;
    const list = groups.get(key) ?? [];
    list.push(review);
    groups.set(key, list);
  }
  return [...groups]
    .map(([key, list]) => ({
      key,
      label: labelOf(list[0]) ?? key,
      reviews: list.length,
      painPoints: rankPainPoints(list, { limit: TOP_PER_SLICE }),
    }))
    .sort((a, b) => b.reviews - a.reviews || a.key.localeCompare(b.key));
}

/** Everything the pain-point page, CLI and agents show, from the reviews in scope and their extractions. */
export function buildPainPointReport(reviews: ReviewMentions[]): PainPointReport {
  const painPoints = rankPainPoints(reviews, { limit: TOP_PAIN_POINTS });
  const gap = gapView(reviews);
  const ownPainPoints = rankPainPoints(reviews.filter((r) => r.owner !== 'competitor'), { limit: OPPORTUNITIES_SHOWN });
  return {
    reviews: reviews.length,
    painPoints,
    byProduct: slices(reviews, (r) => r.productId, (r) => r.productName),
    byCategory: slices(reviews, (r) => r.category),
    byPlatform: slices(reviews, (r) => r.platform),
    byCompetitor: slices(reviews, (r) => (r.owner === 'competitor' ? (r.brand ?? r.productId) : null)),
    gap,
    opportunities: [
      ...gap.competitorsWorse.slice(0, GAP_STATEMENTS_SHOWN).map(gapStatement),
      ...gap.oursWorse.slice(0, GAP_STATEMENTS_SHOWN).map(gapStatement),
      ...ownPainPoints.slice(0, OPPORTUNITIES_SHOWN).map(painPointStatement),
    ].slice(0, OPPORTUNITIES_SHOWN),
  };
}
