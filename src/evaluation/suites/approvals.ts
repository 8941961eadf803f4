import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runConcurrencyDrill, type DrillResult } from '../../approvals/drill.js';
import { openStore, type Store } from '../../store/store.js';
import { TEST_PG_URL } from '../../store/testing.js';
import type { EvalSuite } from '../suite.js';

/** The drill runs against a throwaway shop, never a real merchant's books. */
const DRILL_MERCHANT = 'eval-drill';
/** PostgreSQL is drilled through this many connection pools on one schema, as if from several servers. */
const PG_SERVERS = 3;

/** SQLite is one connection in one process (better-sqlite3 is synchronous), so the drill interleaves on it. */
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

/** PostgreSQL runs connections truly in parallel: a fresh schema on the test server (KAIKUAN_TEST_PG), dropped after. */
async function drillOnPostgres(): Promise<DrillResult> {
  const schema = `eval_drill_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`the PostgreSQL drill needs a test server at ${TEST_PG_URL} (set KAIKUAN_TEST_PG): ${(error as Error).message}`);
  }
  await admin.query(`create schema ${schema}`);
  const stores: Store[] = [];
  try {
    // The first store migrates the schema; the others join it.
    for (let i = 0; i < PG_SERVERS; i++) stores.push(await openStore({ kind: 'postgres', url: TEST_PG_URL, schema, poolSize: 4 }));
    return await runConcurrencyDrill(stores, DRILL_MERCHANT);
  } finally {
    for (const store of stores) await store.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

const KEYS = ['doubleSpends', 'budgetOverrunYuan', 'stuckApprovals', 'taps'] as const;
const NAMES: Record<(typeof KEYS)[number], string> = {
  doubleSpends: 'doubleSpends', budgetOverrunYuan: 'budgetOverrunYuan', stuckApprovals: 'stuckApprovals', taps: 'drillTaps',
};

/** The money guard under a concurrency drill on both stores: no confirmed money may move twice, over budget, or not at all. */
export const suite: EvalSuite = {
  name: 'approvals',
  async run() {
    const results = { sqlite: await drillOnSqlite(), postgres: await drillOnPostgres() };
    const scores: Record<string, number> = { 'approvals.drillStores': Object.keys(results).length };
    for (const key of KEYS) {
      scores[`approvals.${NAMES[key]}`] = results.sqlite[key] + results.postgres[key];
      for (const [store, result] of Object.entries(results)) scores[`approvals.${store}.${NAMES[key]}`] = result[key];
    }
    return scores;
  },
};
