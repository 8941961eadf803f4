import { pickEvidence } from './evidence.js';
import { growthByGroup, monthlyTrend, reviewsPerMonth, type MonthlyCount } from './growth.js';
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
}

/** One complaining review can be chance; two buyers independently saying it is a pattern worth showing. */
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
}

function phrasings(reviews: ReviewMentions[], group: string) {
  const counts = new Map<string, number>();
  for (const review of reviews) {
    for (const o of review.opinions) {
      if (o.aspectGroup !== group || o.polarity !== 'negative') continue;
      // Chinese reads aspect and opinion run together in the buyer's order (拉杆角度不能调, 刺鼻的塑料);
      // an inferred aspect was never written, so the opinion stands alone.
      const at = o.clause.indexOf(o.aspect);
      const gap = /[a-z]/i.test(o.opinion) ? ' ' : '';
      const text = at < 0 ? o.opinion : at <= o.clause.indexOf(o.opinion) ? `${o.aspect}${gap}${o.opinion}` : `${o.opinion}${gap}${o.aspect}`;
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .slice(0, PHRASINGS_SHOWN);
}

/**
 * Pain points of the reviews in scope, worst first: by how many reviews suffer them, how negative the
 * talk about that aspect is, how fast complaints grow, and how many stars they cost.
 */
export function rankPainPoints(reviews: ReviewMentions[], options: RankOptions = {}): RankedPainPoint[] {
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
  const groups = [...complaining]
    .filter(([g, list]) => g !== OVERALL_GROUP && list.length >= MIN_COMPLAINING_REVIEWS)
    .map(([g]) => g);
  const growth = growthByGroup(reviews, groups, options.growthWindowDays);
  const starsCost = starsCostByGroup(reviews, groups);

  const scored = groups.map((group) => {
    const suffering = complaining.get(group)!;
    const { all, negative } = mentions.get(group)!;
    const share = suffering.length / reviews.length;
    const negativity = negative / all;
    const g = growth.get(group) ?? 0;
    const stars = starsCost.get(group) ?? 0;
    const score =
      share *
      negativity *
      (1 + GROWTH_WEIGHT * Math.max(-1, Math.min(g, MAX_GROWTH_COUNTED))) *
      (1 + STARS_WEIGHT * Math.max(0, stars));
    return { group, suffering, share, negativity, growth: g, starsCost: stars, score, mentions: all, negativeMentions: negative };
  });
  scored.sort((a, b) => b.score - a.score || b.suffering.length - a.suffering.length || a.group.localeCompare(b.group));
  const kept = options.limit === undefined ? scored : scored.slice(0, options.limit);
  // Quotes, phrasings and trends only for what is shown: they read every complaining review.
  const perMonth = reviewsPerMonth(reviews);
  return kept.map(({ suffering, ...p }): RankedPainPoint => {
    const said = phrasings(suffering, p.group);
    // Quotes that say it in one of the shown phrasings come first, so the first quote reads like the card.
    const saysIt = (r: ReviewMentions) => said.some((s) => r.text.includes(s.text));
    return {
      ...p,
      label: said[0]?.text ?? p.group,
      reviews: suffering.length,
      evidence: pickEvidence(suffering, undefined, saysIt),
      phrasings: said,
      trend: monthlyTrend(perMonth, suffering),
    };
  });
}
