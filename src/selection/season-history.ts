import { maxOf } from '../math/summary.js';
import { WEEK_MS } from './time.js';

/**
 * Season sales of similar products, the demand history a launch simulation resamples: for each
 * product, the units sold in its first `sellingWeeks` weeks on sale.
 */

export interface ProductSale {
  productId: string;
  at: string;
  units: number;
}

/** Only products whose whole first season lies inside the data count; a half-seen season would understate demand. */
export function firstSeasonUnits(sales: ProductSale[], sellingWeeks: number): number[] {
  if (sales.length === 0) return [];
  const dataEnd = maxOf(sales, (s) => Date.parse(s.at));
  const byProduct = new Map<string, { first: number; sales: ProductSale[] }>();
  for (const sale of sales) {
    const t = Date.parse(sale.at);
    const entry = byProduct.get(sale.productId) ?? { first: t, sales: [] };
    entry.first = Math.min(entry.first, t);
    entry.sales.push(sale);
    byProduct.set(sale.productId, entry);
  }
  const season = sellingWeeks * WEEK_MS;
  return [...byProduct.values()]
    .filter((p) => p.first + season <= dataEnd)
    .map((p) => p.sales.filter((s) => Date.parse(s.at) < p.first + season).reduce((sum, s) => sum + s.units, 0));
}
