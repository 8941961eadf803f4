import { describe, expect, it } from 'vitest';
import { DEFAULT_DRILL } from '../../approvals/drill.js';
import { suite } from './approvals.js';

describe('approvals eval suite', () => {
  it('drills the money guard on SQLite and on PostgreSQL through several pools, and finds no money lost', async () => {
    const scores = await suite.run({ sharedDataDir: '' });
    const taps = DEFAULT_DRILL.proposals * DEFAULT_DRILL.tapsPerProposal;
    expect(scores).toMatchObject({
      'approvals.drillStores': 2,
      'approvals.sqlite.drillTaps': taps,
      'approvals.postgres.drillTaps': taps,
      'approvals.doubleSpends': 0,
      'approvals.budgetOverrunYuan': 0,
      'approvals.stuckApprovals': 0,
    });
  }, 60_000);
});
