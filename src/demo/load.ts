import type { App } from '../app.js';
import { createAccount } from '../services/accounts.js';
import { createMerchant, listMerchants } from '../store/accounts.js';
import type { Row, Store } from '../store/store.js';
import { DEMO_LOGIN, DEMO_MERCHANT } from './catalogue.js';
import { generateDemo, type DemoRows } from './generate.js';

const CONFLICT_KEYS: Record<keyof DemoRows, string[]> = {
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
    await insertDemoRows(tx, generateDemo(DEMO_MERCHANT.id));
  });
  return true;
}

/** Inserts the given tables of generated rows (tests pass a few tables or slices), skipping rows already there. */
export async function insertDemoRows(store: Store, rows: Partial<DemoRows>): Promise<void> {
  for (const [table, list] of Object.entries(rows) as [keyof DemoRows, Row[]][]) {
    await store.insertMany(table, list, CONFLICT_KEYS[table]);
  }
}
