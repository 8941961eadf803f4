import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { dayNumber, summariseBuyers } from './buyer-history.js';
import { parseCdnow } from './cdnow.js';
import { fitClv, valueBuyers } from './clv.js';
import { recommendBuyerActions } from './buyer-actions.js';

const asOfDay = dayNumber('1998-06-30');
const histories = summariseBuyers(parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8')), {
  calibrationEndDay: asOfDay,
  observationEndDay: asOfDay,
  unitDays: 7,
});
const model = fitClv(histories);
const recommendations = recommendBuyerActions(histories, valueBuyers(model, histories, 52), asOfDay);

describe('buyer actions on the CDNOW sample', () => {
  it('ranks by expected value', () => {
    for (let i = 1; i < recommendations.length; i++) {
      expect(recommendations[i - 1].expectedValue).toBeGreaterThanOrEqual(recommendations[i].expectedValue);
    }
  });

  it('uses all three actions, each consistent with its reasons', () => {
    const actions = new Set(recommendations.map((r) => r.action));
    expect(actions).toEqual(new Set(['keep', 'winBack', 'letGo']));
    for (const r of recommendations) {
      if (r.action === 'keep') expect(r.churnRisk).toBeLessThan(0.5);
      if (r.action === 'winBack') {
        expect(r.churnRisk).toBeGreaterThanOrEqual(0.5);
        expect(r.reasons[1].code).toBe('highPastSpend');
      }
    }
  });

  it('keeps buyers worth far more than those it lets go', () => {
    const mean = (action: string) => {
      const list = recommendations.filter((r) => r.action === action);
      return list.reduce((s, r) => s + r.expectedValue, 0) / list.length;
    };
    expect(mean('keep')).toBeGreaterThan(mean('letGo') * 3);
  });

  it('sees win-back buyers as quiet for longer than kept ones', () => {
    const meanDays = (action: string) => {
      const list = recommendations.filter((r) => r.action === action);
      return list.reduce((s, r) => s + r.daysSinceLastPurchase, 0) / list.length;
    };
    expect(meanDays('winBack')).toBeGreaterThan(meanDays('keep'));
  });
});
