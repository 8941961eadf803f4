/**
 * Aggregates the facts into one cell per region, channel and category: demand and its growth
 * over two equal windows, the merchant's share of it, the competition and the margin.
 */
import type { CompetitorListing, MarketDimension, MarketFacts, ReviewFact, SaleFact } from './market-facts.js';

export interface MarketCell {
  dimension: MarketDimension;
  key: string;
  /**
   * Public reviews in the recent window when the dimension has any (channels, categories), otherwise
   * the merchant's own sales in yuan (regions). Null for a cell the public data does not cover, such
   * as a wholesale channel, rather than comparing its yuan with other cells' review counts.
   */
  demand: number | null;
  demandSource: 'reviews' | 'ownSales';
  /** log((recent + 1) / (previous + 1)) of the demand: symmetric, and finite for new markets. */
  growth: number | null;
  /** Own reviews over all reviews in the recent window; null without public reviews. */
  ownShare: number | null;
  /** Distinct competitor brands listed there; null for regions, which listings do not carry, and for cells public data misses. */
  competitors: number | null;
  /** Gross margin of the merchant's own sales there (0–1); null when costs are unknown or nothing sold. */
  margin: number | null;
  revenue: number;
}

// A quarter: long enough for a small merchant's orders to add up, short enough to show a change.
export const GROWTH_WINDOW_DAYS = 90;

interface Tally {
  recent: number;
  previous: number;
  ownRecent: number;
}

type Window = 'recent' | 'previous';
type SalesTally = Tally & { cost: number; costedRevenue: number };

export function buildMarketCells(facts: MarketFacts, asOfDay: number): MarketCell[] {
  const start = asOfDay - GROWTH_WINDOW_DAYS;
  const windowOf = (day: number): Window | null =>
    day > asOfDay ? null : day > start ? 'recent' : day > start - GROWTH_WINDOW_DAYS ? 'previous' : null;
  return (['region', 'channel', 'category'] as const).flatMap((dimension) => {
    const sales = tallySales(facts.sales, dimension, windowOf);
    const reviews = tallyReviews(facts.reviews, dimension, windowOf);
    const brands = competitorBrands(facts.competitors, dimension);
    const demandSource = reviews.size > 0 ? 'reviews' : 'ownSales';
    const keys = new Set([...sales.keys(), ...reviews.keys(), ...brands.keys()]);
    return [...keys].map((key): MarketCell => {
      const sold = sales.get(key);
      const reviewed = reviews.get(key);
      const demandTally = demandSource === 'reviews' ? reviewed : sold;
      const coveredByPublicData = reviewed !== undefined || brands.has(key);
      return {
        dimension,
        key,
        demand: demandTally ? demandTally.recent : null,
        demandSource,
        growth: demandTally ? Math.log((demandTally.recent + 1) / (demandTally.previous + 1)) : null,
        ownShare: reviewed && reviewed.recent > 0 ? reviewed.ownRecent / reviewed.recent : null,
        competitors: dimension === 'region' || !coveredByPublicData ? null : brands.get(key)?.size ?? 0,
        margin: sold && sold.costedRevenue > 0 ? (sold.costedRevenue - sold.cost) / sold.costedRevenue : null,
        revenue: sold?.recent ?? 0,
      };
    });
  });
}

/** Own sales in yuan per cell and window, with the cost of the recent sales whose cost is known. */
function tallySales(sales: readonly SaleFact[], dimension: MarketDimension, windowOf: (day: number) => Window | null): Map<string, SalesTally> {
  const tallies = new Map<string, SalesTally>();
  for (const s of sales) {
    const key = dimension === 'region' ? s.region : dimension === 'channel' ? s.channel : s.category;
    const when = windowOf(s.day);
    if (!key || !when) continue;
    const t = tallies.get(key) ?? { recent: 0, previous: 0, ownRecent: 0, cost: 0, costedRevenue: 0 };
    t[when] += s.amount;
    if (when === 'recent' && s.cost !== null) {
      t.cost += s.cost;
      t.costedRevenue += s.amount;
    }
    tallies.set(key, t);
  }
  return tallies;
}

/** Public review counts per cell and window; regions are not in review data. */
function tallyReviews(reviews: readonly ReviewFact[], dimension: MarketDimension, windowOf: (day: number) => Window | null): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  if (dimension === 'region') return tallies;
  for (const r of reviews) {
    const key = dimension === 'channel' ? r.platform : r.category;
    const when = windowOf(r.day);
    if (!key || !when) continue;
    const t = tallies.get(key) ?? { recent: 0, previous: 0, ownRecent: 0 };
    t[when] += r.reviews;
    if (when === 'recent' && r.own) t.ownRecent += r.reviews;
    tallies.set(key, t);
  }
  return tallies;
}

/** Distinct competitor brands per cell; listings without a brand count as their own competitor. */
function competitorBrands(listings: readonly CompetitorListing[], dimension: MarketDimension): Map<string, Set<string>> {
  const brands = new Map<string, Set<string>>();
  if (dimension === 'region') return brands;
  listings.forEach((c, i) => {
    const key = dimension === 'channel' ? c.platform : c.category;
    if (!key) return;
    const set = brands.get(key) ?? new Set<string>();
    set.add(c.brand ?? `listing ${i}`);
    brands.set(key, set);
  });
  return brands;
}
