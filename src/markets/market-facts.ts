/**
 * The raw facts a market ranking is built from, as the store hands them over: the merchant's own
 * sales lines, public reviews (own and competitors' listings) as the demand signal, and the
 * competitors' listings.
 */

export type MarketDimension = 'region' | 'channel' | 'category';

/** Own sales of one day in one region, channel and category (the store sums the lines). */
export interface SaleFact {
  day: number;
  region: string | null;
  channel: string | null;
  category: string | null;
  amount: number;
  /** Σ quantity × unit cost, or null for lines whose product's cost is unknown (kept as a fact of their own). */
  cost: number | null;
}

/** Public reviews of one day on one platform in one category, of own listings or of others'. */
export interface ReviewFact {
  day: number;
  platform: string;
  category: string | null;
  own: boolean;
  /** How many reviews: the store counts them by day, platform, category and owner instead of listing each. */
  reviews: number;
}

export interface CompetitorListing {
  category: string;
  platform: string | null;
  /** Brand or shop; listings without one count as their own competitor. */
  brand: string | null;
}

export interface MarketFacts {
  sales: SaleFact[];
  reviews: ReviewFact[];
  competitors: CompetitorListing[];
}
