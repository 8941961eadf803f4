/**
 * The raw facts a market ranking is built from, as the store hands them over: the merchant's own
 * sales lines, public reviews (own and competitors' listings) as the demand signal, and the
 * competitors' listings.
 */

export type MarketDimension = 'region' | 'channel' | 'category';

export interface SaleFact {
  day: number;
  region: string | null;
  channel: string | null;
  category: string | null;
  amount: number;
  /** quantity × unit cost, or null when the product's cost is unknown. */
  cost: number | null;
}

export interface ReviewFact {
  day: number;
  platform: string;
  category: string | null;
  own: boolean;
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
