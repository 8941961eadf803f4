import type { Product } from '../domain/types.js';

/** With no cost price on file, plan on a 30 % gross margin, common for small factory shops. */
export const FALLBACK_MARGIN_SHARE = 0.3;

/** Yuan earned per unit sold at `price` (the list price unless a discounted one is given). */
export function unitMargin(product: Pick<Product, 'price' | 'unitCost'>, price = product.price ?? 0): number {
  const cost = product.unitCost ?? (product.price ?? 0) * (1 - FALLBACK_MARGIN_SHARE);
  return price - cost;
}
