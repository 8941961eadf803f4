import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCdnow } from '../customers/cdnow.js';
import { dayNumber } from '../customers/buyer-history.js';
import { sharedData } from '../ingest/shared-data.js';
import { buildCustomerReport } from '../customers/customer-report.js';
import type { OrderStatus } from '../domain/types.js';
import { customerFactsFor, customerOrdersFor, customerReportFor } from './customers.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import type { Store } from '../store/store.js';

const sample = parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8'));
// The first 300 CDNOW sample transactions, stored as orders of one CD product; every fifth is the customised variant.
const cdnow = sample.slice(0, 300);
const iso = (day: number, hour = 1) => new Date(day * 86_400_000 + hour * 3_600_000).toISOString();
const product = (merchant: string, id: string, name: string) => ({
  merchant_id: merchant, id, sku: id, name, category: '唱片', price: 12, unit_cost: 7, attributes: '{}', owner: 'own', brand: null, platform: null,
});

/**
 * Every CDNOW sample transaction (6,919 orders of 2,357 buyers over 18 months) as merchant c's orders, with what real
 * exports hold beside plain sales: several orders of a buyer on one day, partly and fully refunded and unpaid
 * orders, orders without lines, second lines, and customisation asked for in a name, a SKU or the attributes.
 */
async function storeWholeSample(store: Store): Promise<void> {
  await store.insertMany('product', [product('c', 'CD', '流行唱片'), product('c', 'CD-LOGO', '定制刻字唱片'), { ...product('c', 'BOX', '礼盒'), attributes: '{"包装":"Custom box"}' }], ['merchant_id', 'id']);
  const status = (i: number): OrderStatus => (i % 17 === 0 ? 'refunded' : i % 23 === 0 ? 'unpaid' : i % 7 === 0 ? 'partly_refunded' : 'paid');
  await store.insertMany(
    'sales_order',
    sample.map((p, i) => ({
      merchant_id: 'c', id: `C${String(i).padStart(5, '0')}`, buyer_id: p.buyerId, ordered_at: iso(p.day, i % 24), region: null, channel: null,
      total_amount: p.amount, status: status(i), refund_amount: status(i) === 'partly_refunded' ? Math.round(p.amount * 30) / 100 : 0,
    })),
    ['merchant_id', 'id'],
  );
  const lines = sample.flatMap((p, i) => {
    if (i % 13 === 0) return [];
    const id = `C${String(i).padStart(5, '0')}`;
    const first = { merchant_id: 'c', order_id: id, line_no: 1, product_id: i % 5 === 0 ? 'CD-LOGO' : 'CD', sku: i % 9 === 0 ? 'OEM-刻字' : null, quantity: p.units, unit_price: p.amount / p.units, amount: p.amount };
    return i % 3 === 0 ? [first, { ...first, line_no: 2, product_id: i % 6 === 0 ? 'BOX' : null, sku: null, quantity: 1 }] : [first];
  });
  await store.insertMany('order_line', lines, ['merchant_id', 'order_id', 'line_no']);
}

/** Equal up to the order sums were added in (the database adds a buyer's days, memory its orders): numbers to 1e-9 of their size. */
function expectSameReport(actual: unknown, expected: unknown, path = 'report'): void {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const close = Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected));
    expect(close, `${path}: ${actual} vs ${expected}`).toBe(true);
  } else if (Array.isArray(actual) && Array.isArray(expected)) {
    expect(actual.length, `${path}.length`).toBe(expected.length);
    actual.forEach((item, i) => expectSameReport(item, expected[i], `${path}[${i}]`));
  } else if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    expect(Object.keys(actual).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(actual)) expectSameReport(value, (expected as Record<string, unknown>)[key], `${path}.${key}`);
  } else expect(actual, path).toEqual(expected);
}

describe.each(storesUnderTest())('customer orders on $name', (under) => {
  const store = useFreshStore(under, {
    merchants: [...SHOPS_A_AND_B, { id: 'c', name: 'C 厂' }],
    seed: async (store) => {
      await store.insertMany('product', [product('a', 'CD', '流行唱片'), product('a', 'CD-LOGO', '定制刻字唱片')], ['merchant_id', 'id']);
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
      await storeWholeSample(store);
    },
  });

  it('reads each order once with its units, day and customisation flag', async () => {
    const { orders } = (await customerFactsFor(store, 'a'))!;
    expect(orders).toHaveLength(300);
    expect(orders.reduce((n, o) => n + o.units, 0)).toBe(cdnow.reduce((n, p) => n + p.units, 0));
    expect(orders.filter((o) => o.customised)).toHaveLength(60);
    expect(orders[0].day).toBe(dayNumber('1997-01-01'));
    expect(orders.reduce((n, o) => n + o.amount, 0)).toBeCloseTo(cdnow.reduce((n, p) => n + p.amount, 0), 6);
    // The reference reads the same orders line by line.
    expect(orders).toEqual((await customerOrdersFor(store, 'a')).map(({ buyerId, ...size }) => size));
  });

  it('sums each buyer in the database as memory sums every order: the whole CDNOW sample with refunds, lineless orders and second lines', async () => {
    const orders = await customerOrdersFor(store, 'c');
    const facts = (await customerFactsFor(store, 'c'))!;
    expect(facts.orders).toEqual(orders.map(({ buyerId, ...size }) => size));
    expect(facts.orders.filter((o) => o.customised).length).toBeGreaterThan(facts.orders.length / 5);
    const reference = buildCustomerReport(orders, { topBuyers: 50 })!;
    expect(reference.holdout).not.toBeNull();
    expectSameReport(await customerReportFor(store, 'c', { topBuyers: 50 }), reference);
  });

  it('reports what the orders give, and again once more orders land', async () => {
    const report = await customerReportFor(store, 'a', { topBuyers: 10 });
    expectSameReport(report, buildCustomerReport(await customerOrdersFor(store, 'a'), { topBuyers: 10 }));
    expect(report?.orders).toBe(300);
    // Asked again with nothing new, the same report comes back (kept, not refitted); asked for more buyers, the kept fit answers too.
    expect(await customerReportFor(store, 'a', { topBuyers: 10 })).toEqual(report);
    expectSameReport(await customerReportFor(store, 'a', { topBuyers: 1000 }), buildCustomerReport(await customerOrdersFor(store, 'a'), { topBuyers: 1000 }));
    const late = sample.slice(300, 340);
    await store.insertMany(
      'sales_order',
      late.map((p, i) => ({ merchant_id: 'a', id: `L${i}`, buyer_id: p.buyerId, ordered_at: iso(p.day), region: null, channel: null, total_amount: p.amount })),
      ['merchant_id', 'id'],
    );
    const after = await customerReportFor(store, 'a', { topBuyers: 10 });
    expect(after?.orders).toBe(340);
    expectSameReport(after, buildCustomerReport(await customerOrdersFor(store, 'a'), { topBuyers: 10 }));
  });

  it('never mixes in another merchant’s orders', async () => {
    const facts = await customerFactsFor(store, 'b');
    expect(facts?.orders).toEqual([{ day: 10_000, amount: 5, units: 1, customised: false }]);
    expect(facts?.buyers.map((b) => [b.buyerId, b.totalSpend])).toEqual([['x', 5]]);
    expect(await customerOrdersFor(store, 'b')).toEqual([{ buyerId: 'x', day: 10_000, amount: 5, units: 1, customised: false }]);
  });
});
