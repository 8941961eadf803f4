import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCdnowPurchases, toCsv } from '../ingest/testing.js';
import { createMerchant } from '../store/accounts.js';
import type { Store } from '../store/store.js';
import { storesUnderTest } from '../store/testing.js';
import { importFile } from './imports.js';

/**
 * Every orders batch sets its buyers' first purchase to their earliest stored order (issue 14: this
 * lookup walked all of the merchant's orders per buyer, and 100,000 orders took half an hour).
 */

const dir = mkdtempSync(join(tmpdir(), 'kaikuan-first-purchases-'));
const purchases = realCdnowPurchases(3000);
/** The shop's day (China time) of a stored UTC timestamp, as CDNOW writes it (yyyymmdd). */
const shopDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');

describe.each(storesUnderTest())('first purchases on $name', (under) => {
  let store: Store & { dispose(): Promise<void> };
  beforeAll(async () => {
    store = await under.open();
    await createMerchant(store, { id: 'a', name: '台州收纳' });
  });
  afterAll(() => store.dispose());

  it('are each buyer\'s earliest order when the file runs newest first over many small batches', async () => {
    // Newest first: a buyer's earlier orders arrive in later batches and must move the first purchase back.
    const newestFirst = purchases.slice().sort((x, y) => y.date.localeCompare(x.date));
    const path = join(dir, '订单.csv');
    writeFileSync(path, toCsv([['买家ID', '下单时间', '数量', '实付金额'], ...newestFirst.map((p) => [p.customer, p.date, p.units, p.dollars])]));
    const result = await importFile(store, 'a', { kind: 'orders', path, earliest: '1990-01-01', batchRows: 100 });
    expect(result.rejected).toBe(0);

    const earliest = new Map<string, string>();
    for (const p of purchases) if (!earliest.has(p.customer) || p.date < earliest.get(p.customer)!) earliest.set(p.customer, p.date);
    const buyers = await store.db.selectFrom('buyer').select(['id', 'first_seen_at']).where('merchant_id', '=', 'a').execute();
    expect(buyers).toHaveLength(earliest.size);
    for (const b of buyers) expect([b.id, shopDay(b.first_seen_at!)]).toEqual([b.id, earliest.get(b.id)]);
  });

  it('are found among the buyer\'s own orders, not by walking the merchant\'s orders by day', async () => {
    const lookup = sql`select min(ordered_at) from sales_order where merchant_id = ${'a'} and buyer_id = ${'00004'}`;
    if (store.dialect === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan ${lookup}`.execute(store.db);
      expect(plan.rows.map((r) => r.detail).join('\n')).toContain('sales_order_buyer_day_ix');
      return;
    }
    // A table this small is read whole; with that ruled out, PostgreSQL must pick among the indexes.
    const plan = await store.transaction(async (tx) => {
      await sql`set local enable_seqscan = off`.execute(tx.db);
      return sql<{ 'QUERY PLAN': string }>`explain ${lookup}`.execute(tx.db);
    });
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('sales_order_buyer_day_ix');
  });
});
