import { describe, expect, it } from 'vitest';
import { sentimentReport } from './sentiment-metrics.js';

describe('sentimentReport', () => {
  it('computes accuracy, per-class precision/recall/F1 and macro-F1, overall and per category', () => {
    const outcome = (category: string, positive: boolean, predictedPositive: boolean) => ({ category, positive, predictedPositive });
    const report = sentimentReport([
      outcome('水果', true, true),
      outcome('水果', true, false),
      outcome('水果', false, false),
      outcome('酒店', false, true),
    ]);
    expect(report.accuracy).toBe(0.5);
    // positive: 1 of 2 predicted correct, 1 of 2 gold found; negative: 1 of 2 predicted, 1 of 2 gold
    expect(report.positive).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(report.macroF1).toBe(0.5);
    expect(report.perCategory['水果'].accuracy).toBeCloseTo(2 / 3);
    expect(report.perCategory['酒店'].negative.recall).toBe(0);
  });
});
