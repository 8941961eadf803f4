import { describe, expect, it } from 'vitest';
import { buildScorecard, previousMonth } from './scorecard.js';
import type { EvalRun, Feedback } from '../domain/evaluation.js';

const fb = (verdict: Feedback['verdict'], capability: string, createdAt: string, reason: string | null = null): Feedback => ({
  merchantId: 'm', id: `${capability}-${createdAt}-${verdict}`, capability, subjectId: 'x', verdict, reason, createdAt,
});

describe('monthly scorecard', () => {
  it('compares the month’s latest scores with last month’s and folds in feedback and usage', () => {
    const runs: EvalRun[] = [
      { id: '1', at: '2026-10-03T00:00:00Z', scores: { 'sentiment.accuracy': 0.91 }, failures: {} },
      { id: '2', at: '2026-10-30T00:00:00Z', scores: { 'sentiment.accuracy': 0.92 }, failures: {} },
      { id: '3', at: '2026-11-20T00:00:00Z', scores: { 'sentiment.accuracy': 0.935, 'absa.pairF1': 0.7 }, failures: {} },
    ];
    const feedback = [
      fb('useful', 'painpoint', '2026-11-02T00:00:00Z'),
      fb('wrong', 'painpoint', '2026-11-03T00:00:00Z', '这不是我们的问题'),
      fb('acted', 'painpoint', '2026-11-04T00:00:00Z'),
      fb('wrong', 'trend', '2026-10-04T00:00:00Z', 'last month'),
    ];
    const card = buildScorecard('2026-11', runs, feedback, [{ merchantId: 'm', day: '2026-11-05' }], [
      { merchantId: 'm', month: '2026-11', tasks: 12 }, { merchantId: 'n', month: '2026-11', tasks: 3 }, { merchantId: 'm', month: '2026-10', tasks: 99 },
    ]);
    expect(card.scores['sentiment.accuracy']).toBe(0.935);
    expect(card.change['sentiment.accuracy']).toBeCloseTo(0.015, 10);
    expect(card.change).not.toHaveProperty('absa.pairF1');
    expect(card.evalRuns).toBe(1);
    expect(card.feedback).toEqual([{ capability: 'painpoint', useful: 1, wrong: 1, acted: 1, usefulRate: 2 / 3, reasons: ['这不是我们的问题'] }]);
    expect(card.usage.aiTasks).toBe(15);
    expect(card.usage.insightsActedOn).toBe(1);
    expect(card.usage.activeMerchants).toBe(1);
  });

  it('wraps the previous month across a year', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });
});
