import { describe, expect, it } from 'vitest';
import type { Order } from '../../domain/types.js';
import { adviseCampaigns, campaignSpendRequests } from './advice.js';
import { upcomingEvents } from './calendar.js';

const box = { id: 'BOX', name: '收纳箱', price: 59, unitCost: 23 };
const clip = { id: 'CLIP', name: '长尾夹', price: 10, unitCost: 9.5 };

let n = 0;
/** One order a day on `channel` for `product`, `units` each, over [from, from + days). */
function daily(product: string, channel: string, from: string, days: number, units = 1): Order[] {
  return Array.from({ length: days }, (_, d) => ({
    merchantId: 'm', id: `O${++n}`, buyerId: 'B1', region: null, channel, totalAmount: 0, status: 'paid', refundAmount: 0, returnReason: null,
    orderedAt: new Date(Date.parse(from) + d * 86_400_000 + 3_600_000).toISOString(),
    lines: [{ lineNo: 1, productId: product, sku: null, quantity: units, unitPrice: 0, amount: 0 }],
  }));
}

describe('platform event calendar', () => {
  it('lists the runs starting within the horizon, across the new year', () => {
    expect(upcomingEvents('2026-11-20', 60).map((w) => `${w.event.id}@${w.startsOn}/${w.days}`)).toEqual([
      'double-12@2026-12-01/12', 'spring-goods@2027-01-05/16',
    ]);
  });
});

describe('campaign specialist', () => {
  it('joins when the expected extra units pay for the discount, and says how much', () => {
    const orders = [...daily('BOX', '淘宝', '2026-10-23', 28), ...daily('CLIP', '淘宝', '2026-10-23', 28, 5)];
    const [double12] = adviseCampaigns('2026-11-20', [box, clip], orders, 20);
    expect(double12).toMatchObject({ eventId: 'double-12', platform: '淘宝', join: true, signupClosesOn: '2026-11-26' });
    const boxEffect = double12.products.find((p) => p.productId === 'BOX')!;
    // 12 days × 1 unit × 1.6 prior lift = 19.2 units; margin 30.1 at 10 % off vs 36 → 577.92 - 432.
    expect(boxEffect).toMatchObject({ lift: 1.6, liftSource: 'prior', expectedUnits: 19, extraUnits: 7, profitChangeYuan: 146 });
    // The clip sells below cost at 10 % off: the shop would lose on every unit.
    expect(double12.products.find((p) => p.productId === 'CLIP')!.profitChangeYuan).toBeLessThan(0);
    expect(double12.profitChangeYuan).toBe(146);

    const [request] = campaignSpendRequests([double12], '2026-11-20');
    expect(request).toMatchObject({ agent: 'campaign', action: 'join_campaign', channel: 'campaign:淘宝-double-12', amountYuan: 113 });
    expect((request.payload as { productIds: string[] }).productIds).toEqual(['BOX']);
  });

  it('uses the shop\'s own lift from last year\'s run and declines when it did not sell more', () => {
    const orders = [
      ...daily('BOX', '淘宝', '2025-11-03', 28), // before last year's 双12
      ...daily('BOX', '淘宝', '2025-12-01', 12), // during it: no lift at all
      ...daily('BOX', '淘宝', '2026-10-23', 28),
    ];
    const [double12] = adviseCampaigns('2026-11-20', [box], orders, 20);
    expect(double12.products[0]).toMatchObject({ liftSource: 'measured', lift: 1 });
    expect(double12.join).toBe(false);
    expect(double12.reason).toContain('赚不回折扣');
    expect(campaignSpendRequests([double12], '2026-11-20')).toEqual([]);
  });

  it('proposes a sign-up only when its deadline is near', () => {
    const orders = daily('BOX', '淘宝', '2026-10-23', 28);
    const advice = adviseCampaigns('2026-11-20', [box], orders, 60);
    expect(advice.map((a) => [a.eventId, a.join])).toEqual([['double-12', true], ['spring-goods', true]]);
    expect(campaignSpendRequests(advice, '2026-11-20').map((r) => r.channel)).toEqual(['campaign:淘宝-double-12']);
  });

  it('does not propose an event whose sign-up has closed', () => {
    const [double12] = adviseCampaigns('2026-11-28', [box], daily('BOX', '淘宝', '2026-10-30', 28), 20);
    expect(double12.join).toBe(false);
    expect(double12.reason).toBe('报名已在2026-11-26截止');
  });
});
