import type { KeywordVolume, Product } from '../../domain/types.js';
import { AppError } from '../../domain/errors.js';
import { listProducts } from '../../store/merchant-data.js';
import { TrendRadar } from '../../trends/radar.js';
import { toDayNumber } from '../../trends/time-buckets.js';
import type { RisingItem } from '../../trends/types.js';
import type { Store } from '../../store/store.js';

/** The specialists work for the merchant's own listings; competitors' are only compared against. */
export async function ownProducts(store: Store, merchantId: string): Promise<Product[]> {
  return (await listProducts(store, merchantId)).filter((p) => p.owner === 'own');
}

export async function ownProduct(store: Store, merchantId: string, productId: string): Promise<Product> {
  const product = (await ownProducts(store, merchantId)).find((p) => p.id === productId);
  if (!product) throw new AppError('not_found', `no product "${productId}" of this shop`);
  return product;
}

/** Half a year of weekly searches: the radar's recent quarter is then the last six weeks. */
const KEYWORD_WINDOW_DAYS = 182;

/** Search keywords the trend radar judges rising (with BH-adjusted q-values) from the keyword volumes. */
export function risingKeywords(volumes: KeywordVolume[]): RisingItem[] {
  const radar = new TrendRadar({ horizonDays: KEYWORD_WINDOW_DAYS });
  for (const v of volumes) radar.add({ kind: 'keyword', key: v.keyword, day: toDayNumber(v.bucketStart), weight: v.volume });
  return radar.scan({ windowDays: KEYWORD_WINDOW_DAYS }).rising;
}
