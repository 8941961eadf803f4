import type { ProductProfit } from './product-profit.js';

/**
 * What a pain point costs in money, as an estimate with its assumption in the open:
 * yuan lost ≈ the product's revenue × the share of its reviews that complain × the stars each complaint
 * costs × the share of sales a product loses per star (the owner's figure, `salesLostPerStar`).
 * The first three are measured; the last is an assumption the page states and lets the owner change.
 */

/** A pain point of one product as the pain-point report ranks it (reviews complaining, their share, stars lost). */
export interface ProductPainPoint {
  productId: string;
  group: string;
  label: string;
  reviews: number;
  share: number;
  starsCost: number;
}

export interface PainPointCost extends ProductPainPoint {
  productName: string;
  /** The product's revenue in the window: the base of the estimate. */
  revenue: number;
  /** Stars the complaint takes off the product's average rating: share × stars each complaint costs. */
  starsLost: number;
  /** Estimated yuan of sales lost in the window. */
  yuanLost: number;
}

export function painPointCosts(painPoints: readonly ProductPainPoint[], products: readonly ProductProfit[], salesLostPerStar: number): PainPointCost[] {
  const byId = new Map(products.map((p) => [p.productId, p]));
  const costs: PainPointCost[] = [];
  for (const p of painPoints) {
    const product = byId.get(p.productId);
    if (!product || product.revenue <= 0) continue;
    // A regression can give a complaint a negative cost by chance; it is then counted as costing nothing.
    const starsLost = p.share * Math.max(0, p.starsCost);
    costs.push({ ...p, productName: product.name, revenue: product.revenue, starsLost, yuanLost: product.revenue * starsLost * salesLostPerStar });
  }
  return costs.sort((a, b) => b.yuanLost - a.yuanLost || b.reviews - a.reviews);
}
