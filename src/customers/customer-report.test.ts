import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { parseCdnow } from './cdnow.js';
import { buildCustomerReport } from './customer-report.js';

const orders = parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8')).map((p) => ({ ...p, customised: false }));
const report = buildCustomerReport(orders, { topBuyers: 10 })!;

describe('customer report on the CDNOW sample as if it were a merchant', () => {
  it('covers every buyer and order up to the last order day', () => {
    expect(report.asOf).toBe('1998-06-30');
    expect(report.buyers).toBe(2357);
    expect(report.orders).toBe(6919);
    expect(report.segments.reduce((n, s) => n + s.buyers, 0)).toBe(2357);
    expect(report.actions.reduce((n, a) => n + a.buyers, 0)).toBe(2357);
  });

  it('validates on a held-out final third, with the model beating the naive rate', () => {
    expect(report.holdout).not.toBeNull();
    expect(report.holdout!.horizon).toBeCloseTo(Math.floor(545 / 3) / 7, 9);
    expect(report.holdout!.mae).toBeLessThan(report.holdout!.naiveMae);
  });

  it('forecasts cumulative purchases every four weeks up to the horizon, ending at the buyers’ own forecasts', () => {
    expect(report.forecast).toHaveLength(13);
    expect(report.forecast[12].time).toBe(52);
    for (let i = 1; i < 13; i++) expect(report.forecast[i].purchases).toBeGreaterThan(report.forecast[i - 1].purchases);
    const total = report.actions.reduce((s, a) => s + a.expectedValue, 0);
    expect(report.forecast[12].value / total).toBeCloseTo(1, 9);
  });

  it('lists the most valuable buyers first with their RFM segment', () => {
    expect(report.topBuyers).toHaveLength(10);
    expect(report.topBuyers[0].expectedValue).toBeGreaterThanOrEqual(report.topBuyers[9].expectedValue);
    expect(['champions', 'loyal', 'potentialLoyalist']).toContain(report.topBuyers[0].segment);
    // The RFM facts behind the segment travel with the buyer: the top buyer bought more often than most.
    const [recency, frequency] = report.topBuyers[0].rfm.reasons;
    expect(recency.factor).toBe('recency');
    expect(frequency.value).toBeGreaterThan(3);
    expect(report.topBuyers[0].rfm.frequency).toBe(5);
  });

  it('declines to fit when too few buyers came back', () => {
    const few = buildCustomerReport(orders.filter((o) => o.buyerId < '00100'))!;
    expect(few.issue).toBe('tooFewRepeatBuyers');
    expect(few.model).toBeNull();
    expect(few.topBuyers).toEqual([]);
    expect(buildCustomerReport([])).toBeNull();
  });
});
