import { cut } from '../text/segment.js';
import type { Product } from '../domain/types.js';

/** The merchant's own product a search term is about: the one sharing most words with it, or none. */
export function productForTerm<P extends Pick<Product, 'name' | 'category'>>(term: string, products: P[]): P | undefined {
  // Single characters (车, 箱) would tie every product in a category to every term.
  const words = cut(term.toLowerCase()).filter((w) => w.trim().length >= 2);
  let best: { product: P; shared: number } | undefined;
  for (const product of products) {
    const text = `${product.name} ${product.category}`.toLowerCase();
    const shared = words.filter((w) => text.includes(w)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { product, shared };
  }
  return best?.product;
}
