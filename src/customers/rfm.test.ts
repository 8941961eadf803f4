import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { dayNumber, summariseBuyers } from './buyer-history.js';
import { parseCdnow } from './cdnow.js';
import { scoreRfm, segmentOf, summariseSegments } from './rfm.js';

const asOfDay = dayNumber('1998-06-30');
const histories = summariseBuyers(parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8')), {
  calibrationEndDay: asOfDay,
  observationEndDay: asOfDay,
  unitDays: 1,
});
const activity = histories.map((h) => ({
  buyerId: h.buyerId,
  lastPurchaseDay: h.lastPurchaseDay,
  purchases: h.repeatPurchases + 1,
  totalSpend: h.totalSpend,
}));
const scores = scoreRfm(activity, asOfDay);

describe('RFM on the CDNOW sample over its full 18 months', () => {
  it('gives every one-time buyer frequency 1 instead of splitting ties by sort order', () => {
    const oneTime = scores.filter((s) => s.reasons[1].value === 1);
    expect(oneTime.length).toBeGreaterThan(1000);
    expect(new Set(oneTime.map((s) => s.frequency))).toEqual(new Set([1]));
  });

  it('makes champions recent, frequent big spenders and lost buyers the opposite', () => {
    const champions = scores.filter((s) => s.segment === 'champions');
    const lost = scores.filter((s) => s.segment === 'lost');
    expect(champions.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);
    const mean = (list: typeof scores, factor: number) => list.reduce((sum, s) => sum + s.reasons[factor].value, 0) / list.length;
    expect(mean(champions, 0)).toBeLessThan(mean(lost, 0) / 3);
    expect(mean(champions, 1)).toBeGreaterThan(mean(lost, 1) * 3);
    expect(mean(champions, 2)).toBeGreaterThan(mean(lost, 2) * 3);
  });

  it('explains each score with the raw value and the share of buyers beaten', () => {
    const s = scores[0];
    const daysSince = asOfDay - activity[0].lastPurchaseDay;
    expect(s.reasons[0]).toMatchObject({ factor: 'recency', value: daysSince });
    const strictlyOlder = activity.filter((a) => asOfDay - a.lastPurchaseDay > daysSince).length;
    expect(s.reasons[0].beats).toBeCloseTo(strictlyOlder / activity.length, 12);
  });

  it('summarises segments that add up to the cohort', () => {
    const segments = summariseSegments(scores);
    expect(segments.reduce((n, s) => n + s.buyers, 0)).toBe(2357);
    const spend = activity.reduce((n, a) => n + a.totalSpend, 0);
    expect(segments.reduce((n, s) => n + s.totalSpend, 0)).toBeCloseTo(spend, 4);
  });

  it('maps the grid corners', () => {
    expect(segmentOf(5, 5)).toBe('champions');
    expect(segmentOf(1, 5)).toBe('cannotLose');
    expect(segmentOf(2, 3)).toBe('atRisk');
    expect(segmentOf(1, 1)).toBe('lost');
    expect(segmentOf(5, 1)).toBe('newCustomers');
  });
});
