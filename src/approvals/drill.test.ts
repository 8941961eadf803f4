import { describe, expect } from 'vitest';
import { itRacingSessions, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { DEFAULT_DRILL, runConcurrencyDrill } from './drill.js';

/** Proposals that fit the drill's day: the budget must stop exactly here, no sooner and no later. */
const FITTING = Math.floor(DEFAULT_DRILL.dailyBudgetYuan / DEFAULT_DRILL.amountYuan);

for (const sut of storesUnderTest()) {
  describe(`concurrency drill on ${sut.name}`, () => {
    const store = useFreshStore(sut);

    itRacingSessions(sut)('books every fitting spend exactly once and refuses the rest', async () => {
      const result = await runConcurrencyDrill([store], 'drill-shop');
      expect(result).toMatchObject({ doubleSpends: 0, budgetOverrunYuan: 0, stuckApprovals: 0, executed: FITTING });
    });
  });
}
