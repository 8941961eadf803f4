import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConcurrencyDrill, type DrillResult } from '../../approvals/drill.js';
import { openStore, type Store } from '../../store/store.js';
import { storesUnderTest } from '../../store/testing.js';
import type { EvalSuite } from '../suite.js';

/** The drill runs against a throwaway shop, never a real merchant's books. */
const DRILL_MERCHANT = 'eval-drill';

async function drillOnSqlite(): Promise<DrillResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-eval-approvals-'));
  const store: Store = await openStore({ kind: 'sqlite', path: join(dir, 'kaikuan.db') });
  try {
    return await runConcurrencyDrill([store], DRILL_MERCHANT);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL runs connections truly in parallel; drilled in a fresh schema when a test server is configured. */
async function drillOnPostgres(): Promise<DrillResult | undefined> {
  if (!process.env.KAIKUAN_TEST_PG) return undefined;
  const store = await storesUnderTest()[1].open();
  try {
    return await runConcurrencyDrill([store], DRILL_MERCHANT);
  } finally {
    await store.dispose();
  }
}

/** The money guard under a concurrency drill: no confirmed money may move twice, over budget, or not at all. */
export const suite: EvalSuite = {
  name: 'approvals',
  async run() {
    const results = [await drillOnSqlite(), await drillOnPostgres()].filter((r): r is DrillResult => r !== undefined);
    const sum = (key: keyof DrillResult) => results.reduce((total, r) => total + r[key], 0);
    return {
      'approvals.doubleSpends': sum('doubleSpends'),
      'approvals.budgetOverrunYuan': sum('budgetOverrunYuan'),
      'approvals.stuckApprovals': sum('stuckApprovals'),
      'approvals.drillTaps': sum('taps'),
      'approvals.drillStores': results.length,
    };
  },
};
