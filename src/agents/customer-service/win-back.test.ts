import { describe, expect, it } from 'vitest';
import type { Order } from '../../domain/types.js';
import { draftWinBack, winBackFacts } from './win-back.js';

const order = (id: string, buyerId: string, orderedAt: string, totalAmount: number, productId: string): Order => ({
  merchantId: 'm', id, buyerId, orderedAt, region: null, channel: null, totalAmount, status: 'paid', refundAmount: 0, returnReason: null,
  lines: [{ lineNo: 1, productId, sku: null, quantity: 1, unitPrice: totalAmount, amount: totalAmount }],
});

describe('win-back message for a lapsing buyer', () => {
  const orders = [
    order('1', 'b1', '2026-01-10T08:00:00Z', 120.4, 'box'),
    order('2', 'b1', '2026-03-02T08:00:00Z', 80.3, 'cart'),
    order('3', 'b2', '2026-05-01T08:00:00Z', 55, 'box'),
  ];
  const names = new Map([['box', '折叠收纳箱'], ['cart', '露营手推车']]);

  it('reads the buyer’s own history: orders, spend, days since the latest and what it was', () => {
    const facts = winBackFacts('b1', orders, names, new Date('2026-06-01T08:00:00Z'));
    expect(facts).toEqual({ buyerId: 'b1', orders: 2, spentYuan: 201, daysSinceLast: 91, lastProduct: '露营手推车' });
    expect(winBackFacts('nobody', orders, names, new Date())).toBeNull();
  });

  it('names their last product and promises no discount the owner has not approved', () => {
    const text = draftWinBack(winBackFacts('b1', orders, names, new Date('2026-06-01T08:00:00Z'))!);
    expect(text).toContain('露营手推车');
    expect(text).toContain('2 单');
    expect(text).not.toMatch(/券|折|元/);
  });
});
