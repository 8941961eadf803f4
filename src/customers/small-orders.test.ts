import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { parseCdnow } from './cdnow.js';
import { mentionsCustomisation, smallOrderTrend, type OrderSize } from './small-orders.js';

// CDNOW rows carry units (CDs) per transaction: a real order-size series over 18 months.
const cdnowOrders = (): OrderSize[] =>
  parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8')).map((p) => ({ day: p.day, units: p.units, amount: p.amount, customised: false }));

describe('small-order trend', () => {
  const orders = cdnowOrders();
  const trend = smallOrderTrend(orders);

  it('buckets every order into a month and a size band', () => {
    expect(trend.months).toHaveLength(18);
    expect(trend.months.reduce((n, m) => n + m.orders, 0)).toBe(orders.length);
    for (const m of trend.months) expect(m.sizeBands.reduce((a, b) => a + b, 0)).toBe(m.orders);
  });

  it('reports the small-order share in each half consistently with the months', () => {
    const small = orders.filter((o) => o.units <= trend.smallOrderUnits).length;
    const monthly = trend.months.reduce((n, m) => n + m.smallShare * m.orders, 0);
    expect(monthly).toBeCloseTo(small, 6);
    expect(trend.smallShare.pValue).toBeGreaterThanOrEqual(0);
    expect(trend.smallShare.pValue).toBeLessThanOrEqual(1);
  });

  it('detects a planted drift to small customised orders', () => {
    const day0 = 20000;
    const planted: OrderSize[] = [];
    for (let i = 0; i < 400; i++) {
      const late = i >= 200;
      // Early orders are wholesale lots; later every other order is a handful of customised pieces.
      const small = late && i % 2 === 0;
      planted.push({ day: day0 + i, units: small ? 3 : 200 + (i % 50), amount: small ? 60 : 2000, customised: small });
    }
    const drift = smallOrderTrend(planted);
    expect(drift.direction).toBe('fragmenting');
    expect(drift.smallShare.before).toBe(0);
    expect(drift.smallShare.after).toBeCloseTo(0.5, 6);
    expect(drift.smallShare.pValue).toBeLessThan(1e-6);
    expect(drift.customisedShare.after).toBeCloseTo(0.5, 6);
    expect(smallOrderTrend(planted.slice(0, 200)).direction).toBe('stable');
  });

  it('recognises customisation requests in Chinese and English', () => {
    expect(mentionsCustomisation('收纳箱定制LOGO，500个起')).toBe(true);
    expect(mentionsCustomisation('Custom engraved pen set')).toBe(true);
    expect(mentionsCustomisation('普通款收纳盒 大号')).toBe(false);
  });
});
