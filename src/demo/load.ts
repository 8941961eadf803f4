import type { App } from '../app.js';
import { createAccount, createMerchant, listMerchants } from '../store/accounts.js';
import { DEMO_LOGIN, DEMO_MERCHANT } from './catalogue.js';
import { generateDemo } from './generate.js';

const CONFLICT_KEYS: Record<string, string[]> = {
  product: ['merchant_id', 'id'],
  review: ['merchant_id', 'id'],
  social_post: ['merchant_id', 'id'],
  buyer: ['merchant_id', 'id'],
  sales_order: ['merchant_id', 'id'],
  order_line: ['merchant_id', 'order_id', 'line_no'],
  keyword_volume: ['merchant_id', 'keyword', 'platform', 'bucket', 'bucket_start'],
  ad_campaign: ['merchant_id', 'id'],
};

/** Loads the generated demo merchant when the database holds no merchant at all; returns whether it did. */
export async function loadDemoIfEmpty(app: App): Promise<boolean> {
  if ((await listMerchants(app.store)).length > 0) return false;
  await app.store.transaction(async (tx) => {
    await createMerchant(tx, DEMO_MERCHANT);
    await createAccount(tx, DEMO_MERCHANT.id, { ...DEMO_LOGIN, displayName: '演示老板' });
    const rows = generateDemo(DEMO_MERCHANT.id);
    for (const [table, list] of Object.entries(rows)) {
      await tx.insertMany(table as keyof typeof CONFLICT_KEYS as never, list, CONFLICT_KEYS[table]);
    }
  });
  return true;
}
