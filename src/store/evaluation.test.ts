import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScorecard } from '../evaluation/scorecard.js';
import { listActiveDays, listEvalRuns, listFeedback, recordActiveDay, saveEvalRun, saveFeedback } from './evaluation.js';
import { storesUnderTest } from './testing.js';
import type { Store } from './store.js';

describe.each(storesUnderTest())('evaluation records on $name', (under) => {
  let store: Store & { dispose(): Promise<void> };
  beforeAll(async () => {
    store = await under.open();
  });
  afterAll(() => store.dispose());

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
