import { describe, expect, it } from 'vitest';
import { rankAdvice } from './advice.js';
import { buildProfitTable } from './product-profit.js';
import type { ProfitLine, ProfitProduct } from './types.js';

const settings = { platformFeeRate: 0, shippingPerOrder: 5, salesLostPerStar: 0.1, entered: true };
const products: ProfitProduct[] = [
  { id: 'GOOD', sku: 'G', name: '好款', category: '收纳', price: 100, unitCost: 40 },
  { id: 'THIN', sku: 'T', name: '薄利款', category: '收纳', price: 100, unitCost: 90 },
];
let n = 0;
const sale = (productId: string, status: ProfitLine['status'] = 'paid', reason: string | null = null): ProfitLine => ({
  orderId: `O${++n}`, buyerId: `B${n}`, orderedAt: '2026-06-10T00:00:00.000Z', status, orderRefund: status === 'refunded' ? 100 : 0, returnReason: reason,
  region: null, channel: null, productId, sku: null, quantity: 1, unitPrice: 100, amount: 100,
});

describe('rankAdvice', () => {
  // 好款: 10 sales at 60% margin before shipping; 薄利款: 10 sales at 10%, and 3 of 13 paid orders refunded for 盖子裂了.
  const lines = [
    ...Array.from({ length: 10 }, () => sale('GOOD')),
    ...Array.from({ length: 10 }, () => sale('THIN')),
    sale('THIN', 'refunded', '盖子裂了'), sale('THIN', 'refunded', '盖子裂了'), sale('THIN', 'refunded', '太小'),
  ];
  const table = buildProfitTable(lines, products, settings)!;

  it('names the thin-margin product and its returns, with the money at stake, and the best one to make more of', () => {
    const advice = rankAdvice(table, [], null, settings.shippingPerOrder);
    const byKind = Object.fromEntries(advice.map((a) => [`${a.kind}:${a.productId}`, a]));
    // Shop margin (1000 − 400 − 50 + 1000 − 900 − 50) / 2000 = 0.3; 薄利款 earns 0.05: its 1000 of sales are 0.25 short.
    expect(byKind['improveMargin:THIN'].yuan).toBeCloseTo(1000 * (0.3 - 0.05), 6);
    expect(byKind['checkReturns:THIN'].evidence).toMatchObject({ returnedOrders: 3, paidOrders: 13, reason: '盖子裂了', reasonOrders: 2 });
    expect(byKind['checkReturns:THIN'].yuan).toBeCloseTo(300, 6);
    expect(byKind['makeMore:GOOD']).toBeDefined();
    expect(advice.map((a) => a.yuan)).toEqual([...advice.map((a) => a.yuan)].sort((a, b) => b - a));
  });

  it('warns about small orders only when shipping is entered and most orders are small', () => {
    const small = { smallOrderUnits: 1, orders: 20, smallOrders: 15, share: 0.75, revenueShare: 0.5, before: 0.7, after: 0.8, direction: 'stable' as const, shippingShareOfSmallOrder: 0.05 };
    expect(rankAdvice(table, [], small, 5).find((a) => a.kind === 'smallOrders')?.yuan).toBe(75);
    expect(rankAdvice(table, [], small, 0).some((a) => a.kind === 'smallOrders')).toBe(false);
    expect(rankAdvice(table, [], { ...small, share: 0.3 }, 5).some((a) => a.kind === 'smallOrders')).toBe(false);
  });
});
