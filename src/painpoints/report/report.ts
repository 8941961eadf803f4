import type { OwnerScope } from '../../domain/painpoint-counts.js';
import type { ProductOwner } from '../../domain/types.js';
import { gapView, type GapView } from './gap.js';
import { gapStatement, painPointStatement, type OpportunityStatement, type StatedPainPoint } from './opportunity.js';
import { rankPainPoints, rankSlicePainPoints, type RankedPainPoint, type SlicePainPoint } from './ranking.js';
import type { ReviewMentions } from './review-mentions.js';
import type { PostCell } from './sources.js';

/** Pain points shown for the whole scope; the long tail is in the per-slice lists. */
export const TOP_PAIN_POINTS = 20;
/** Per product / category / platform / competitor, the few that matter. */
export const TOP_PER_SLICE = 5;
/** Statements are read in a glance; more than this and the merchant stops reading. */
export const OPPORTUNITIES_SHOWN = 5;
/** Gap statements first (they are unique to us), but never crowding out our own worst problems. */
const GAP_STATEMENTS_SHOWN = 2;

export type { OwnerScope };

export const isOwnReview = (owner: ProductOwner | null): boolean => owner !== 'competitor';
export const inOwnerScope = (owner: ProductOwner | null, scope: OwnerScope): boolean =>
  scope === 'all' || (scope === 'own') === isOwnReview(owner);

export interface PainPointSlice<P = SlicePainPoint> {
  key: string;
  /** What the merchant calls it: the product name for a product, else the key. */
  label: string;
  reviews: number;
  painPoints: P[];
}

export interface PainPointReport {
  /** Whose reviews the pain points, the product, category and platform lists count. */
  owner: OwnerScope;
  reviews: number;
  painPoints: RankedPainPoint[];
  byProduct: PainPointSlice[];
  byCategory: PainPointSlice[];
  byPlatform: PainPointSlice[];
  /** Competitor products grouped by brand, whatever `owner` is: "竞品的痛点 = 你的机会". */
  byCompetitor: PainPointSlice[];
  /** Our reviews against competitors' in the same scope, whatever `owner` is. */
  gap: GapView;
  opportunities: OpportunityStatement[];
}

/**
 * Items grouped into slices by key (items without one left out), biggest first. Items are reviews here
 * and stored count cells in report-from-counts.ts.
 */
export function slicesOf<T, P>(
  items: readonly T[],
  keyOf: (item: T) => string | null,
  labelOf: (item: T) => string | null,
  reviewsOf: (list: T[]) => number,
  rank: (list: T[]) => P[],
): (PainPointSlice<P> & { items: T[] })[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return [...groups]
    .map(([key, list]) => ({ key, label: labelOf(list[0]) ?? key, reviews: reviewsOf(list), painPoints: rank(list), items: list }))
    .sort((a, b) => b.reviews - a.reviews || a.key.localeCompare(b.key));
}

/** Gap statements first, then our own worst pain points. */
export function opportunitiesOf(gap: GapView, ownPainPoints: readonly StatedPainPoint[]): OpportunityStatement[] {
  return [
    ...gap.competitorsWorse.slice(0, GAP_STATEMENTS_SHOWN).map(gapStatement),
    ...gap.oursWorse.slice(0, GAP_STATEMENTS_SHOWN).map(gapStatement),
    ...ownPainPoints.slice(0, OPPORTUNITIES_SHOWN).map(painPointStatement),
  ].slice(0, OPPORTUNITIES_SHOWN);
}

/**
 * Everything the pain-point page, CLI and agents show, from the reviews in scope and their extractions
 * (and, for the whole shop, the social posts' complained groups), in memory. The pages read stored counts instead (report-from-counts.ts); this is their reference.
 */
export function buildPainPointReport(reviews: ReviewMentions[], owner: OwnerScope = 'own', posts: readonly PostCell[] = []): PainPointReport {
  const mine = reviews.filter((r) => inOwnerScope(r.owner, owner));
  const painPoints = rankPainPoints(mine, { limit: TOP_PAIN_POINTS, posts });
  const named = new Map(painPoints.map((p) => [p.group, p]));
  const slices = (list: ReviewMentions[], keyOf: (r: ReviewMentions) => string | null, labelOf = keyOf): PainPointSlice[] =>
    slicesOf(list, keyOf, labelOf, (l) => l.length, (l) => rankSlicePainPoints(l, named, { limit: TOP_PER_SLICE })).map(
      ({ items, ...slice }) => slice,
    );
  const gap = gapView(reviews);
  const ownPainPoints =
    owner === 'own' ? painPoints : rankPainPoints(reviews.filter((r) => isOwnReview(r.owner)), { limit: OPPORTUNITIES_SHOWN });
  return {
    owner,
    reviews: mine.length,
    painPoints,
    byProduct: slices(mine, (r) => r.productId, (r) => r.productName),
    byCategory: slices(mine, (r) => r.category),
    byPlatform: slices(mine, (r) => r.platform),
    byCompetitor: slices(reviews.filter((r) => r.owner === 'competitor'), (r) => r.brand ?? r.productId),
    gap,
    opportunities: opportunitiesOf(gap, ownPainPoints),
  };
}
