import { dayNumber } from '../customers/buyer-history.js';
import type { MarketFacts } from '../markets/market-facts.js';
import { buildMarketReport, type MarketReport } from '../markets/market-report.js';
import { dataVersion } from '../store/data-version.js';
import { listCompetitorPresence, listMarketReviews, listMarketSales } from '../store/markets.js';
import type { Store } from '../store/store.js';
import { VersionedCache } from './versioned-cache.js';

const reports = new VersionedCache<MarketReport | null>(64);

/** Sales and public reviews of one merchant summed per day and cell by the database, and its competitors' listings. */
export async function marketFactsFor(store: Store, merchantId: string): Promise<MarketFacts> {
  const sales = await listMarketSales(store, merchantId);
  const reviews = await listMarketReviews(store, merchantId);
  const competitors = await listCompetitorPresence(store, merchantId);
  return {
    // PostgreSQL returns sums and counts of whole numbers as strings.
    sales: sales.map((s) => ({
      day: dayNumber(s.day),
      region: s.region,
      channel: s.channel,
      category: s.category,
      amount: Number(s.amount),
      cost: s.cost === null ? null : Number(s.cost),
    })),
    reviews: reviews.map((r) => ({ day: dayNumber(r.day), platform: r.platform, category: r.category, own: r.owner === 'own', reviews: Number(r.reviews) })),
    competitors,
  };
}

/**
 * Regions, channels and categories ranked for expansion, shared by `kaikuan markets` and GET /api/markets;
 * kept until the merchant's reviews, orders or catalogue change.
 */
export async function marketReportFor(store: Store, merchantId: string): Promise<MarketReport | null> {
  const version = await dataVersion(store, merchantId, ['review', 'sales_order', 'order_line', 'product']);
  return reports.get(store, merchantId, version, async () => buildMarketReport(await marketFactsFor(store, merchantId)));
}
