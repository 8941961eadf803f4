/** Test data shared by the services' tests. */
import { chineseReviews } from '../ingest/corpora.js';
import { useFreshStore } from '../store/test-hooks.js';
import type { StoreUnderTest } from '../store/testing.js';

/** online_shopping_10_cats as one factory's category watch: 7 listings per category, 3 its own, reviews over 700 days of 2025-26. */
export function realShop(merchantId: string, count: number) {
  const texts = chineseReviews().slice(0, count);
  const categories = [...new Set(texts.map((t) => t.category))];
  const products = categories.flatMap((category, c) =>
    Array.from({ length: 7 }, (_, i) => ({
      merchant_id: merchantId, id: `P${c}-${i}`, sku: `P${c}-${i}`, name: `${category}${i}号`, category, price: 50 + i, unit_cost: null,
      attributes: '{}', owner: i < 3 ? 'own' : 'competitor', brand: i < 3 ? '自家' : `竞品${i}`, platform: '淘宝',
    })),
  );
  const platforms = ['天猫', '淘宝', '京东', '拼多多', '抖音'];
  const start = Date.UTC(2025, 0, 1);
  const reviews = texts.map((t, i) => ({
    merchant_id: merchantId, id: `R${String(i).padStart(6, '0')}`, platform: platforms[i % platforms.length],
    // Every 40th review came without a product id: it counts as the merchant's own.
    product_id: i % 40 === 39 ? null : `P${categories.indexOf(t.category!)}-${(i * 7919) % 7}`,
    rating: i % 13 === 0 ? null : t.positive ? 4 + (i % 2) : 1 + (i % 2), text: t.text, language: 'zh',
    reviewed_at: new Date(start + ((i * 104_729) % (700 * 86_400)) * 1000).toISOString(), helpful_votes: 0, author: null,
  }));
  return { products, reviews };
}

/**
 * Two merchants holding the same real reviews, for "imported in parts equals imported at once": 'once' is seeded
 * whole, 'batches' gets only its listings and takes its reviews from the test. 50,000 reviews on SQLite;
 * PostgreSQL proves the same SQL on 8,000.
 */
export function useRealShopPair(under: StoreUnderTest) {
  const size = under.name === 'sqlite' ? 50_000 : 8_000;
  const shop = realShop('batches', size);
  const once = realShop('once', size);
  const store = useFreshStore(under, {
    merchants: [{ id: 'batches', name: '分批导入' }, { id: 'once', name: '一次导入' }],
    seed: async (s) => {
      await s.insertMany('product', [...shop.products, ...once.products], ['merchant_id', 'id']);
      await s.insertMany('review', once.reviews, ['merchant_id', 'id']);
    },
  });
  return { size, shop, once, store };
}
