import type { Store } from './store.js';

/** Tables a stored report can rest on. */
export type VersionedTable = 'review' | 'review_extraction' | 'social_post' | 'keyword_volume' | 'sales_order' | 'order_line' | 'product';

/**
 * A fingerprint of the merchant's rows in the tables given: how many there are, and for orders the sum
 * of their totals (a late order line changes its order's total, not the number of orders). Imports only
 * add rows (a row seen before is ignored), so the fingerprint moves whenever what a report reads moves;
 * reading it counts index entries, never the rows' texts.
 */
export async function dataVersion(store: Store, merchantId: string, tables: readonly VersionedTable[]): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    if (table === 'sales_order') {
      const row = await store.db
        .selectFrom('sales_order')
        .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.sum<number | string | null>('total_amount').as('total')])
        .where('merchant_id', '=', merchantId)
        .executeTakeFirstOrThrow();
      // PostgreSQL returns count(*) and sum as strings; Number() makes both stores print alike.
      parts.push(`${table}:${Number(row.rows)}:${Number(row.total ?? 0)}`);
    } else {
      const row = await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('rows'))
        .where('merchant_id', '=', merchantId)
        .executeTakeFirstOrThrow();
      parts.push(`${table}:${Number(row.rows)}`);
    }
  }
  return parts.join('|');
}
