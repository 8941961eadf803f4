/**
 * Money-guard throughput and tap latency, on SQLite and (when reachable) PostgreSQL:
 * proposals per second, confirm-and-execute latency per tap (p50/p95), and the concurrency drill
 * (every proposal confirmed by many parallel taps) with its double-spend count.
 *
 *   npm run bench -- approvals [--proposals 500] [--taps 8]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confirmSpend, proposeSpend } from '../src/approvals/index.js';
import { runConcurrencyDrill } from '../src/approvals/drill.js';
import { openStore, type Store } from '../src/store/store.js';
import { storesUnderTest } from '../src/store/testing.js';
import { peakRssMb } from './memory.js';
import { flag } from './flags.js';
import { percentile } from './percentile.js';

/** A tap on the phone should feel instant: the server's share of it stays under 200 ms at p95. */
const TAP_P95_BASELINE_MS = 200;
/** Budgets large enough that the bench measures the guard, not budget refusals. */
const UNLIMITED = { dailyBudgetYuan: 1e9, monthlyBudgetYuan: 1e9 };
const OWNER = { id: 'cli:bench', label: 'bench' };

async function measure(name: string, store: Store, proposals: number, taps: number): Promise<void> {
  const merchant = `bench-${name}`;
  await store.db.insertInto('budget').values({ merchant_id: merchant, daily_budget_yuan: UNLIMITED.dailyBudgetYuan, monthly_budget_yuan: UNLIMITED.monthlyBudgetYuan, updated_at: new Date().toISOString() }).execute();
  const ids: string[] = [];
  let start = performance.now();
  for (let i = 0; i < proposals; i++) {
    ids.push((await proposeSpend(store, merchant, { agent: 'promotion', action: 'raise_daily_budget', amountYuan: 50, channel: 'ad:bench', description: `bench ${i}`, payload: {} })).id);
  }
  const proposeSeconds = (performance.now() - start) / 1000;
  const latencies: number[] = [];
  for (const id of ids) {
    start = performance.now();
    await confirmSpend(store, merchant, id, OWNER);
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  start = performance.now();
  const drill = await runConcurrencyDrill([store], `${merchant}-drill`, { proposals: Math.max(20, proposals / 10), tapsPerProposal: taps, amountYuan: 10, dailyBudgetYuan: 1e6 });
  const drillSeconds = (performance.now() - start) / 1000;
  const p95 = percentile(latencies, 0.95);
  console.log(
    `${name.padEnd(9)} propose ${(proposals / proposeSeconds).toFixed(0)}/s | confirm+execute p50 ${percentile(latencies, 0.5).toFixed(1)} ms, ` +
      `p95 ${p95.toFixed(1)} ms (${(p95 / TAP_P95_BASELINE_MS).toFixed(3)} of the ${TAP_P95_BASELINE_MS} ms baseline) | ` +
      `drill ${drill.taps} parallel taps in ${drillSeconds.toFixed(2)} s (${(drill.taps / drillSeconds).toFixed(0)} taps/s), ` +
      `double spends ${drill.doubleSpends} | peak RSS ${peakRssMb()} MB`,
  );
}

export async function run(args: string[]): Promise<void> {
  const proposals = flag(args, 'proposals', 500);
  const taps = flag(args, 'taps', 8);
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-bench-approvals-'));
  const sqlite = await openStore({ kind: 'sqlite', path: join(dir, 'kaikuan.db') });
  try {
    await measure('sqlite', sqlite, proposals, taps);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const pg = await storesUnderTest()[1].open().catch(() => undefined);
  if (!pg) return console.log('postgres  skipped: no server at KAIKUAN_TEST_PG');
  try {
    await measure('postgres', pg, proposals, taps);
  } finally {
    await pg.dispose();
  }
}
