import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { changeProfitSettings, enterUnitCost, profitReportFor } from './profit.js';

/**
 * A fixture shop whose profit per product is worked out by hand below: a paid two-product order, a partly
 * refunded one, a whole refund, a cancelled and an unpaid order (neither is a sale), and a product with no cost.
 */
const product = (merchant: string, id: string, name: string, price: number, unitCost: number | null) => ({
  merchant_id: merchant, id, sku: `${id}-SKU`, name, category: '收纳', price, unit_cost: unitCost, attributes: '{}', owner: 'own' as const, brand: null, platform: null,
});
const order = (id: string, day: string, status: string, refund = 0, reason: string | null = null, merchant = 'a') => ({
  merchant_id: merchant, id, buyer_id: `B-${id}`, ordered_at: `${day}T08:00:00.000Z`, region: '浙江', channel: '淘宝',
  total_amount: 0, status, refund_amount: refund, return_reason: reason,
});
const line = (orderId: string, lineNo: number, productId: string, quantity: number, unitPrice: number, merchant = 'a') => ({
  merchant_id: merchant, order_id: orderId, line_no: lineNo, product_id: productId, sku: `${productId}-SKU`, quantity, unit_price: unitPrice, amount: quantity * unitPrice,
});

describe.each(storesUnderTest())('profit per product on $name', (under) => {
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: async (s) => {
      await s.insertMany('product', [
        product('a', 'P1', '折叠收纳箱', 50, 20), product('a', 'P2', '露营拉车', 200, 120), product('a', 'P3', '保温杯', 80, null),
        product('b', 'P1', '乙厂收纳箱', 50, 1),
      ], ['merchant_id', 'id']);
      await s.insertMany('sales_order', [
        order('O1', '2026-05-03', 'paid'),
        order('O2', '2026-05-10', 'partly_refunded', 40, '盖子裂了'),
        order('O3', '2026-06-01', 'refunded', 200, '轮子坏了'),
        order('O4', '2026-06-02', 'cancelled'),
        order('O5', '2026-06-05', 'unpaid'),
        order('O6', '2026-06-10', 'paid'),
        order('O7', '2026-06-12', 'paid'),
        order('O1', '2026-06-20', 'paid', 0, null, 'b'),
      ], ['merchant_id', 'id']);
      await s.insertMany('order_line', [
        line('O1', 1, 'P1', 2, 50), line('O1', 2, 'P2', 1, 200),
        line('O2', 1, 'P1', 4, 50),
        line('O3', 1, 'P2', 1, 200),
        line('O4', 1, 'P2', 3, 200),
        line('O5', 1, 'P1', 1, 50),
        line('O6', 1, 'P3', 2, 80),
        line('O7', 1, 'P2', 1, 190),
        line('O1', 1, 'P1', 1000, 50, 'b'),
      ], ['merchant_id', 'order_id', 'line_no']);
    },
  });

  it('computes revenue, costs, refunds and gross profit per product as worked by hand', async () => {
    await changeProfitSettings(store, 'a', { platformFeeRate: 0.05, shippingPerOrder: 10, salesLostPerStar: undefined });
    const report = (await profitReportFor(store, 'a'))!;
    expect(report.months[0]).toBe('2025-07');
    expect(report.months.at(-1)).toBe('2026-06');
    const [p2, p1, p3] = report.products;
    expect([p2.productId, p1.productId, p3.productId]).toEqual(['P2', 'P1', 'P3']);

    // P1: O1 keeps 100 (1/3 of the order: shipping 10/3), O2 keeps 200 − 40 refund (all its shipping 10).
    // Cost 6 × 20 = 120; fee 5% of 260 = 13; profit 260 − 120 − 13 − 13.33 = 113.67.
    expect(p1.revenue).toBeCloseTo(260, 6);
    expect(p1.units).toBe(6);
    expect(p1.costOfGoods).toBeCloseTo(120, 6);
    expect(p1.platformFees).toBeCloseTo(13, 6);
    expect(p1.shipping).toBeCloseTo(10 / 3 + 10, 6);
    expect(p1.grossProfit).toBeCloseTo(260 - 120 - 13 - 40 / 3, 6);
    expect(p1.margin).toBeCloseTo((260 - 120 - 13 - 40 / 3) / 260, 6);
    expect(p1.refunds).toBeCloseTo(40, 6);
    expect([p1.paidOrders, p1.returnedOrders, p1.unsoldOrders]).toEqual([2, 1, 1]);
    expect(p1.returnRate).toBeCloseTo(0.5, 6);
    expect(p1.returnReasons).toEqual([{ reason: '盖子裂了', orders: 1 }]);
    expect(p1.months.find((m) => m.month === '2026-05')).toMatchObject({ revenue: 260, units: 6 });

    // P2: O1 keeps 200 (2/3 of the order's shipping), O7 keeps 190; O3 was refunded whole and O4 cancelled.
    expect(p2.revenue).toBeCloseTo(390, 6);
    expect(p2.units).toBe(2);
    expect(p2.grossProfit).toBeCloseTo(390 - 240 - 19.5 - (20 / 3 + 10), 6);
    expect(p2.refunds).toBeCloseTo(200, 6);
    expect([p2.paidOrders, p2.returnedOrders, p2.unsoldOrders]).toEqual([3, 1, 1]);
    expect(p2.returnReasons).toEqual([{ reason: '轮子坏了', orders: 1 }]);

    // P3 has no unit cost: revenue, but no invented profit, and the form asks for it.
    expect(p3.revenue).toBeCloseTo(160, 6);
    expect(p3.costOfGoods).toBeNull();
    expect(p3.grossProfit).toBeNull();
    expect(p3.margin).toBeNull();
    expect(report.missingCosts).toEqual([{ productId: 'P3', name: '保温杯', sku: 'P3-SKU', revenue: 160 }]);

    // The shop's margin is over costed products only; the uncosted revenue is shown apart.
    expect(report.shop.revenue).toBeCloseTo(810, 6);
    expect(report.shop.costedRevenue).toBeCloseTo(650, 6);
    expect(report.shop.uncostedRevenue).toBeCloseTo(160, 6);
    expect(report.shop.grossProfit).toBeCloseTo(p1.grossProfit! + p2.grossProfit!, 6);
    expect(report.shop.margin).toBeCloseTo((p1.grossProfit! + p2.grossProfit!) / 650, 6);
    expect([report.shop.orders, report.shop.paidOrders, report.shop.returnedOrders, report.shop.unsoldOrders]).toEqual([4, 5, 2, 2]);

    // Advice: ask for P3's cost first (160 yuan of sales with unknown profit), then more of P1 (best margin, growing).
    expect(report.advice.map((a) => [a.kind, a.productId])).toEqual([['enterCost', 'P3'], ['makeMore', 'P1']]);
    expect(report.advice[0].yuan).toBeCloseTo(160, 6);
    // Two months of one price each: no elasticity is read into that.
    expect(report.priceResponses.find((r) => r.productId === 'P2')!.response).toMatchObject({ status: 'notEnoughData', prices: 2, months: 2 });
  });

  it('uses the unit cost the owner enters, and only on their own product', async () => {
    await enterUnitCost(store, 'a', 'P3', 30);
    const p3 = (await profitReportFor(store, 'a'))!.products.find((p) => p.productId === 'P3')!;
    expect(p3.grossProfit).toBeCloseTo(160 - 60 - 8 - 10, 6);
    await expect(enterUnitCost(store, 'a', 'NOPE', 30)).rejects.toBeInstanceOf(AppError);
    const b = (await profitReportFor(store, 'b'))!;
    expect(b.products.map((p) => [p.productId, p.unitCost, p.revenue])).toEqual([['P1', 1, 50_000]]);
    expect(b.settings.entered).toBe(false);
  });
});
