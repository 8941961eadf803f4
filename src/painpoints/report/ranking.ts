import { cardWords, pickEvidence, sayingTier } from './evidence.js';
import { complaintCountsOf, painPointFigures, reviewCells, type PainPointFigures } from './figures.js';
import { growthFromWindows, monthlyTrend, reviewsPerMonth, windowsOfReviews, type MonthlyCount } from './growth.js';
import { phrasingOf } from './phrasing.js';
import { sourcesOf, type EvidenceSources, type PostCell } from './sources.js';
import { complainedGroups, type ReviewMentions } from './review-mentions.js';
import { starsCostByGroup } from './stars-cost.js';
import { OVERALL_GROUP, type PainPoint } from '../types.js';

/** A pain point with what the drill-down shows: mention counts, the common phrasings and the monthly trend. */
export interface RankedPainPoint extends PainPoint {
  mentions: number;
  negativeMentions: number;
  /** Most common ways buyers phrase the complaint, most frequent first. */
  phrasings: { text: string; count: number }[];
  trend: MonthlyCount[];
  /** What the card shows (figures.ts): reviews affected, share of my reviews with its range, stars lost, trend, how sure. */
  figures: PainPointFigures;
  /** Reviews and social posts saying it (sources.ts). */
  sources: EvidenceSources;
}

/**
 * A pain point as a per-product (category, platform, competitor) list shows it: share and quotes, named
 * as the page's own list names the group, without phrasings, trend or the card's figures.
 */
export type SlicePainPoint = Omit<RankedPainPoint, 'phrasings' | 'trend' | 'figures' | 'sources'>;

/** What the page's own list says of a group: its name and phrasings, which slice lists reuse. */
export type NamedPainPoint = Pick<RankedPainPoint, 'label' | 'phrasings'>;

/** The card's words for a group: as the page's list names it, else the group itself. */
export const wordsOf = (named: ReadonlyMap<string, NamedPainPoint>, group: string) => {
  const p = named.get(group);
  return p ? cardWords(p.label, p.phrasings) : cardWords(group);
};

/** One review can be chance; two buyers independently saying it is a pattern worth showing. */
export const MIN_COMPLAINING_REVIEWS = 2;
/**
 * Growth and star cost scale the share of suffering reviews by at most about 2x each, so a fast-growing
 * or costly complaint can overtake a somewhat bigger flat one, but not one that hits many more buyers.
 */
const GROWTH_WEIGHT = 0.5;
const MAX_GROWTH_COUNTED = 2;
const STARS_WEIGHT = 0.5;
const PHRASINGS_SHOWN = 5;

export interface RankOptions {
  limit?: number;
  growthWindowDays?: number;
  /** Social posts counted beside the reviews (whole-shop lists only). */
  posts?: readonly PostCell[];
}

/** What ranking knows of one group in scope. */
export interface GroupFigures {
  group: string;
  /** Reviews complaining about it. */
  reviews: number;
  mentions: number;
  negativeMentions: number;
  growth: number;
  starsCost: number;
}

export type ScoredPainPoint = Omit<SlicePainPoint, 'label' | 'evidence'>;

/** Groups worth ranking, in name order (so a regression over them adds up in one order everywhere). */
export function candidateGroups(complaining: Map<string, number>): string[] {
  return [...complaining]
    .filter(([g, n]) => g !== OVERALL_GROUP && n >= MIN_COMPLAINING_REVIEWS)
    .map(([g]) => g)
    .sort();
}

/**
 * Pain points worst first: by how many reviews suffer them, how negative the talk about that aspect is,
 * how fast complaints grow, and how many stars they cost.
 */
export function scorePainPoints(figures: GroupFigures[], totalReviews: number, limit?: number): ScoredPainPoint[] {
  const scored = figures.map(({ group, reviews, mentions, negativeMentions, growth, starsCost }) => {
    const share = reviews / totalReviews;
    const negativity = negativeMentions / mentions;
    const score =
      share *
      negativity *
      (1 + GROWTH_WEIGHT * Math.max(-1, Math.min(growth, MAX_GROWTH_COUNTED))) *
      (1 + STARS_WEIGHT * Math.max(0, starsCost));
    return { group, reviews, share, negativity, growth, starsCost, score, mentions, negativeMentions };
  });
  scored.sort((a, b) => b.score - a.score || b.reviews - a.reviews || a.group.localeCompare(b.group));
  return limit === undefined ? scored : scored.slice(0, limit);
}

/** The most common phrasings, most frequent first. */
export function topPhrasings(counts: Map<string, number>): { text: string; count: number }[] {
  return [...counts]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .slice(0, PHRASINGS_SHOWN);
}

function phrasings(reviews: ReviewMentions[], group: string) {
  const counts = new Map<string, number>();
  for (const review of reviews) {
    for (const o of review.opinions) {
      if (o.aspectGroup !== group || o.polarity !== 'negative') continue;
      const text = phrasingOf(o);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  return topPhrasings(counts);
}

/** The reviews in scope per complained group, and mentions per group: what ranking counts. */
function countGroups(reviews: ReviewMentions[]) {
  const complaining = new Map<string, ReviewMentions[]>();
  const mentions = new Map<string, { all: number; negative: number }>();
  for (const review of reviews) {
    for (const g of complainedGroups(review)) {
      const list = complaining.get(g) ?? [];
      list.push(review);
      complaining.set(g, list);
    }
    for (const o of review.opinions) {
      const m = mentions.get(o.aspectGroup) ?? { all: 0, negative: 0 };
      m.all++;
      if (o.polarity === 'negative') m.negative++;
      mentions.set(o.aspectGroup, m);
    }
  }
  return { complaining, mentions };
}

/** Scores of the reviews' pain points, without quotes, phrasings or trends. */
function scoreReviews(reviews: ReviewMentions[], options: RankOptions) {
  const { complaining, mentions } = countGroups(reviews);
  const groups = candidateGroups(new Map([...complaining].map(([g, list]) => [g, list.length])));
  const windows = windowsOfReviews(reviews, options.growthWindowDays);
  const growth = growthFromWindows(windows, groups);
  const starsCost = starsCostByGroup(reviews, groups);
  const figures = groups.map((group) => ({
    group,
    reviews: complaining.get(group)!.length,
    mentions: mentions.get(group)!.all,
    negativeMentions: mentions.get(group)!.negative,
    growth: growth.get(group) ?? 0,
    starsCost: starsCost.get(group) ?? 0,
  }));
  return { complaining, windows, scored: scorePainPoints(figures, reviews.length, options.limit) };
}

/** Pain points of the reviews in scope, worst first, with quotes, phrasings and the monthly trend. */
export function rankPainPoints(reviews: ReviewMentions[], options: RankOptions = {}): RankedPainPoint[] {
  const { complaining, windows, scored } = scoreReviews(reviews, options);
  // Quotes, phrasings and trends only for what is shown: they read every complaining review.
  const perMonth = reviewsPerMonth(reviews);
  const cells = reviewCells(reviews);
  return scored.map((p): RankedPainPoint => {
    const suffering = complaining.get(p.group)!;
    const said = phrasings(suffering, p.group);
    const label = said[0]?.text ?? p.group;
    return {
      ...p,
      label,
      reviews: suffering.length,
      evidence: pickEvidence(suffering, undefined, sayingTier(cardWords(label, said))),
      phrasings: said,
      trend: monthlyTrend(perMonth, suffering),
      figures: painPointFigures(complaintCountsOf(cells, windows, p.group), options.growthWindowDays),
      sources: sourcesOf(suffering.length, options.posts ?? [], p.group),
    };
  });
}

/** Pain points for a slice list, named as `named` (the page's own list) names them, else by group. */
export function rankSlicePainPoints(reviews: ReviewMentions[], named: ReadonlyMap<string, NamedPainPoint>, options: RankOptions = {}): SlicePainPoint[] {
  const { complaining, scored } = scoreReviews(reviews, options);
  return scored.map((p) => ({
    ...p,
    label: named.get(p.group)?.label ?? p.group,
    evidence: pickEvidence(complaining.get(p.group)!, undefined, sayingTier(wordsOf(named, p.group))),
  }));
}
