import { describe, expect, it } from 'vitest';
import { fitLine } from '../math/linear-regression.js';
import { painPointCosts } from './pain-point-cost.js';
import { priceResponse } from './price-response.js';
import type { ProductProfit } from './product-profit.js';
import type { ProfitLine } from './types.js';

const sale = (month: string, unitPrice: number, quantity: number, status: ProfitLine['status'] = 'paid'): ProfitLine => ({
  orderId: `${month}-${unitPrice}-${status}`, buyerId: 'B1', orderedAt: `${month}-15T00:00:00.000Z`, status, orderRefund: 0, returnReason: null,
  region: null, channel: null, productId: 'P', sku: null, quantity, unitPrice, amount: quantity * unitPrice,
});

describe('priceResponse', () => {
  // Eight months at four prices; units fall as the price rises (about −2 on the log scale, with noise).
  const history = [
    sale('2026-01', 40, 125), sale('2026-02', 40, 118), sale('2026-03', 45, 96), sale('2026-04', 45, 101),
    sale('2026-05', 50, 80), sale('2026-06', 50, 78), sale('2026-07', 55, 67), sale('2026-08', 55, 63),
    sale('2026-08', 55, 900, 'cancelled'),
  ];

  it('fits log units on log price over (month, price) points, ignoring orders that were not sales', () => {
    const r = priceResponse(history);
    const sold = history.filter((l) => l.status === 'paid');
    const reference = fitLine(sold.map((l) => Math.log(l.unitPrice)), sold.map((l) => Math.log(l.quantity)))!;
    expect(r).toMatchObject({ status: 'estimated', prices: 4, months: 8, points: 8 });
    if (r.status !== 'estimated') return;
    expect(r.elasticity).toBeCloseTo(reference.slope, 9);
    expect(r.elasticity).toBeLessThan(-1.5);
    expect(r.low).toBeLessThan(r.elasticity);
    expect(r.high).toBeGreaterThan(r.elasticity);
    expect(r.high).toBeLessThan(0);
  });

  it('says the data are not enough with two prices, or too few months', () => {
    expect(priceResponse(history.filter((l) => l.unitPrice <= 45))).toMatchObject({ status: 'notEnoughData', prices: 2 });
    expect(priceResponse(history.slice(2, 7))).toMatchObject({ status: 'notEnoughData', months: 5, needMonths: 6 });
  });
});

describe('painPointCosts', () => {
  it('is revenue × share of complaining reviews × stars each costs × sales lost per star', () => {
    const products = [{ productId: 'P', name: '拉车', revenue: 100_000 }, { productId: 'Q', name: '箱子', revenue: 0 }] as ProductProfit[];
    const costs = painPointCosts([
      { productId: 'P', group: '轮子', label: '轮子 坏了', reviews: 30, share: 0.2, starsCost: 1.5 },
      { productId: 'P', group: '颜色', label: '颜色 不对', reviews: 5, share: 0.05, starsCost: -0.3 },
      { productId: 'Q', group: '盖子', label: '盖子 裂', reviews: 9, share: 0.5, starsCost: 2 },
    ], products, 0.1);
    expect(costs.map((c) => c.group)).toEqual(['轮子', '颜色']);
    expect(costs[0].starsLost).toBeCloseTo(0.3, 9);
    expect(costs[0].yuanLost).toBeCloseTo(100_000 * 0.2 * 1.5 * 0.1, 6);
    expect(costs[1].yuanLost).toBe(0);
  });
});
