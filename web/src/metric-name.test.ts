import { describe, expect, it } from 'vitest';
import { messages } from './messages/index.js';
import { metricNameKeys } from './metric-name.js';

describe('scorecard metric names', () => {
  it('reads the capability and the measure from the code, and every key it gives has Chinese', () => {
    expect(metricNameKeys('sentiment.accuracy')).toEqual({ capability: 'evalCapability.sentiment', measure: 'evalMeasure.accuracy' });
    expect(metricNameKeys('absa.pairF1').measure).toBe('evalMeasure.f1');
    expect(metricNameKeys('sentiment.macroF1').measure).toBe('evalMeasure.macroF1');
    expect(metricNameKeys('trends.amazonShuffledTermFalseAlarmRate').measure).toBe('evalMeasure.falseAlarm');
    expect(metricNameKeys('painpoints.recallAt10').measure).toBe('evalMeasure.recallAtTop');
    expect(metricNameKeys('absa.perPolarity.negative.pairRecall').measure).toBe('evalMeasure.recall');
    expect(metricNameKeys('newsuite.somethingElse').measure).toBe('evalMeasure.other');
    const codes = ['absa.pairF1', 'absa.heldOutReviews', 'approvals.budgetOverrunYuan', 'approvals.doubleSpends', 'clv.publishedMaxRelativeGap',
      'painpoints.recallAt10', 'sentiment.macroF1', 'trends.recall', 'agents.other', 'selection.other'];
    for (const code of codes) {
      const { capability, measure } = metricNameKeys(code);
      expect(messages['zh-CN'][capability], capability).toMatch(/[\u4e00-\u9fff]/);
      expect(messages['zh-CN'][measure], measure).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
