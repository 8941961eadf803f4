import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../evaluation/scorecard.js';
import { countAiTasks, listActiveDays, listEvalRuns, listFeedback, recordActiveDay, saveEvalRun, saveFeedback } from './evaluation.js';
import { useFreshStore } from './test-hooks.js';
import { storesUnderTest } from './testing.js';

describe.each(storesUnderTest())('evaluation records on $name', (under) => {
  const store = useFreshStore(under);

  it('keeps eval runs, each merchant’s feedback apart, and one active row per merchant and day', async () => {
    await saveEvalRun(store, { 'sentiment.accuracy': 0.93 }, {});
    await saveFeedback(store, 'a', { capability: 'painpoint', subjectId: 'handle', verdict: 'acted' });
    await saveFeedback(store, 'b', { capability: 'trend', subjectId: '露营车', verdict: 'wrong', reason: '季节性' });
    const day = new Date('2026-11-24T08:00:00Z');
    await recordActiveDay(store, 'a', 'u1', day);
    await recordActiveDay(store, 'a', 'u1', day);
    await recordActiveDay(store, 'a', 'u2', day);

    expect((await listEvalRuns(store)).map((r) => r.scores['sentiment.accuracy'])).toEqual([0.93]);
    expect((await listFeedback(store, 'a')).map((f) => f.subjectId)).toEqual(['handle']);
    expect(await listActiveDays(store, 'a')).toEqual([{ merchantId: 'a', day: '2026-11-24' }]);
    const month = new Date().toISOString().slice(0, 7);
    const card = buildScorecard(month, await listEvalRuns(store), await listFeedback(store, 'a'), await listActiveDays(store, 'a'), []);
    expect(card.usage.insightsActedOn).toBe(1);
    expect(card.scores['sentiment.accuracy']).toBe(0.93);
  });
});

describe.each(storesUnderTest())('AI task counts on $name', (under) => {
  it('counts the digital employees’ tasks per merchant and month', async () => {
    const store = await under.open();
    try {
      const task = (merchantId: string, id: string, createdAt: string) => ({
        merchant_id: merchantId, id, role: 'product', task: 'title', input: '{}', output: null, asked_by: 'cli', parent_id: null,
        created_at: createdAt, finished_at: null, outcome: 'done', provider: 'offline', note: null, reviewed_by: null, reviewed_at: null,
      });
      await store.insertMany('agent_task', [
        task('a', '1', '2026-10-30T10:00:00Z'), task('a', '2', '2026-11-01T10:00:00Z'), task('a', '3', '2026-11-20T10:00:00Z'),
        task('b', '4', '2026-11-02T10:00:00Z'),
      ], ['merchant_id', 'id']);
      const sorted = (await countAiTasks(store, 'a')).sort((x, y) => x.month.localeCompare(y.month));
      expect(sorted).toEqual([{ merchantId: 'a', month: '2026-10', tasks: 1 }, { merchantId: 'a', month: '2026-11', tasks: 2 }]);
      expect((await countAiTasks(store)).reduce((s, c) => s + c.tasks, 0)).toBe(4);
    } finally {
      await store.dispose();
    }
  });
});
