import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCdnow } from '../customers/cdnow.js';
import { dayNumber } from '../customers/buyer-history.js';
import { sharedData } from '../ingest/shared-data.js';
import { buildCustomerReport } from '../customers/customer-report.js';
import { customerOrdersFor, customerReportFor } from './customers.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';

// The first 300 CDNOW sample transactions, stored as orders of one CD product; every fifth is the customised variant.
const cdnow = parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8')).slice(0, 300);
const iso = (day: number) => new Date(day * 86_400_000 + 3_600_000).toISOString();

describe.each(storesUnderTest())('customer orders on $name', (under) => {
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: async (store) => {
      const product = (id: string, name: string) => ({
        merchant_id: 'a', id, sku: id, name, category: '唱片', price: 12, unit_cost: 7, attributes: '{}', owner: 'own', brand: null, platform: null,
      });
      await store.insertMany('product', [product('CD', '流行唱片'), product('CD-LOGO', '定制刻字唱片')], ['merchant_id', 'id']);
      await store.insertMany(
        'sales_order',
        cdnow.map((p, i) => ({ merchant_id: 'a', id: `O${i}`, buyer_id: p.buyerId, ordered_at: iso(p.day), region: null, channel: null, total_amount: p.amount })),
        ['merchant_id', 'id'],
      );
      await store.insertMany(
        'order_line',
        cdnow.map((p, i) => ({
          merchant_id: 'a', order_id: `O${i}`, line_no: 1, product_id: i % 5 === 0 ? 'CD-LOGO' : 'CD', sku: null,
          quantity: p.units, unit_price: p.amount / p.units, amount: p.amount,
        })),
        ['merchant_id', 'order_id', 'line_no'],
      );
      await store.insertMany('sales_order', [{ merchant_id: 'b', id: 'O0', buyer_id: 'x', ordered_at: iso(10_000), region: null, channel: null, total_amount: 5 }], ['merchant_id', 'id']);
    },
  });

  it('returns each order once with its units, day and customisation flag', async () => {
    const orders = await customerOrdersFor(store, 'a');
    expect(orders).toHaveLength(300);
    expect(orders.reduce((n, o) => n + o.units, 0)).toBe(cdnow.reduce((n, p) => n + p.units, 0));
    expect(orders.filter((o) => o.customised)).toHaveLength(60);
    expect(orders[0].day).toBe(dayNumber('1997-01-01'));
    expect(orders.reduce((n, o) => n + o.amount, 0)).toBeCloseTo(cdnow.reduce((n, p) => n + p.amount, 0), 6);
  });

  it('reports what the orders give, and again once more orders land', async () => {
    const report = await customerReportFor(store, 'a', { topBuyers: 10 });
    expect(report).toEqual(buildCustomerReport(await customerOrdersFor(store, 'a'), { topBuyers: 10 }));
    expect(report?.orders).toBe(300);
    // Asked again with nothing new, the same report comes back (kept, not refitted).
    expect(await customerReportFor(store, 'a', { topBuyers: 10 })).toBe(report);
    const late = parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8')).slice(300, 340);
    await store.insertMany(
      'sales_order',
      late.map((p, i) => ({ merchant_id: 'a', id: `L${i}`, buyer_id: p.buyerId, ordered_at: iso(p.day), region: null, channel: null, total_amount: p.amount })),
      ['merchant_id', 'id'],
    );
    const after = await customerReportFor(store, 'a', { topBuyers: 10 });
    expect(after?.orders).toBe(340);
    expect(after).toEqual(buildCustomerReport(await customerOrdersFor(store, 'a'), { topBuyers: 10 }));
  });

  it('never mixes in another merchant’s orders', async () => {
    const orders = await customerOrdersFor(store, 'b');
    expect(orders).toEqual([{ buyerId: 'x', day: 10_000, amount: 5, units: 1, customised: false }]);
  });
});
