import { dayNumber } from '../customers/buyer-history.js';
import type { MarketFacts } from '../markets/market-facts.js';
import { listCompetitorPresence, listMarketReviews, listMarketSales } from '../store/markets.js';
import type { Store } from '../store/store.js';

/** Sales lines, public reviews and competitor listings of one merchant, for the market ranking. */
export async function marketFactsFor(store: Store, merchantId: string): Promise<MarketFacts> {
  const sales = await listMarketSales(store, merchantId);
  const reviews = await listMarketReviews(store, merchantId);
  const competitors = await listCompetitorPresence(store, merchantId);
  return {
    sales: sales.map((s) => ({
      day: dayNumber(s.ordered_at),
      region: s.region,
      channel: s.channel,
      category: s.category,
      amount: s.amount,
      cost: s.unit_cost === null ? null : s.unit_cost * s.quantity,
    })),
    reviews: reviews.map((r) => ({ day: dayNumber(r.reviewed_at), platform: r.platform, category: r.category, own: r.owner === 'own' })),
    competitors,
  };
}
