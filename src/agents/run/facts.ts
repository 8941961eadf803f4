import type { Product } from '../../domain/types.js';
import { AppError } from '../../domain/errors.js';
import { listProducts } from '../../store/merchant-data.js';
import { trendReportFor } from '../../services/trends.js';
import type { RisingItem } from '../../domain/trends.js';
import type { Store } from '../../store/store.js';

/** The specialists work for the merchant's own listings; competitors' are only compared against. */
export async function ownProducts(store: Store, merchantId: string): Promise<Product[]> {
  return (await listProducts(store, merchantId)).filter((p) => p.owner === 'own');
}

export async function ownProduct(store: Store, merchantId: string, productId: string): Promise<Product> {
  const product = (await ownProducts(store, merchantId)).find((p) => p.id === productId);
  if (!product) throw new AppError('not_found', { key: 'no_product', params: { id: productId } });
  return product;
}

/** Half a year: the radar's recent quarter is then the last six weeks, the span a weekly plan cares about. */
const TREND_WINDOW_DAYS = 182;

/** Rising search keywords, as the trend radar judges them (BH-adjusted q-values), for titles and the weekly plan. */
export async function risingKeywords(store: Store, merchantId: string): Promise<RisingItem[]> {
  const report = await trendReportFor(store, merchantId, TREND_WINDOW_DAYS);
  // Review words (kind "term") rise with complaints ("刺鼻"): never title or bid material.
  return report.rising.filter((r) => r.kind === 'keyword');
}
