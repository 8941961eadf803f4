import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvalsInbox, changeGuardLimits, confirmSpend, proposeSpend, readAuditLog } from '../approvals/index.js';
import { UNFINISHED_AFTER_MINUTES } from '../approvals/reconcile.js';
import { generateDemo } from '../demo/generate.js';
import { toCsv } from '../ingest/testing.js';
import { createMerchant } from '../store/accounts.js';
import { listAdChannelSpends, listExecutions, listProposals } from '../store/approvals.js';
import { openStore, type Store } from '../store/store.js';
import { itRacingSessions } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { HANGING, runChild } from './spawn.js';

/** Small batches, so the child is killed with many batches behind it and many ahead. */
const BATCH_ROWS = 50;
const REVIEWS = 6_000;
const PROPOSALS = 12;
const OWNER = { id: 'account:owner', label: '老板' };

/** 6,000 distinct reviews (demo reviews, numbered) as a merchant's CSV export. */
function reviewsCsv(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-drill-'));
  const demo = generateDemo('x');
  const names = new Map(demo.product.map((p) => [p.id, p.name as string]));
  const rows = Array.from({ length: REVIEWS }, (_, i) => {
    const r = demo.review[i % demo.review.length]!;
    return [names.get(r.product_id as string)!, r.rating as number, `${r.text}（第${i + 1}条）`, r.reviewed_at as string];
  });
  const path = join(dir, '评价.csv');
  writeFileSync(path, toCsv([['商品', '星级', '评论', '评价时间'], ...rows]));
  return path;
}

const countReviews = async (store: Store, merchantId: string) =>
  Number((await store.db.selectFrom('review').select((eb) => eb.fn.countAll<string>().as('n')).where('merchant_id', '=', merchantId).executeTakeFirstOrThrow()).n);
const jobOf = (store: Store, merchantId: string) => store.db.selectFrom('import_job').selectAll().where('merchant_id', '=', merchantId).execute();

/** Spends the simulated platform booked, per proposal. */
async function bookings(store: Store, merchantId: string): Promise<Map<string, number>> {
  const booked = new Map<string, number>();
  for (const s of await listAdChannelSpends(store, merchantId)) if (s.kind === 'spend') booked.set(s.proposal_id, (booked.get(s.proposal_id) ?? 0) + 1);
  return booked;
}

async function pendingProposals(store: Store, merchantId: string): Promise<string[]> {
  await createMerchant(store, { id: merchantId, name: merchantId });
  await changeGuardLimits(store, merchantId, { dailyBudgetYuan: 100_000, monthlyBudgetYuan: 1_000_000 }, OWNER);
  const ids: string[] = [];
  for (let i = 0; i < PROPOSALS; i++) {
    const p = await proposeSpend(store, merchantId, {
      agent: 'promotion', action: 'raise_daily_budget', amountYuan: 30 + i, channel: 'ad:淘宝', description: `直通车日预算 +${30 + i} 元`, payload: {},
    });
    ids.push(p.id);
  }
  return ids;
}

/**
 * After the restart: the guard settles what the dead process left (as the inbox does once the channel's
 * time-out has passed) and the owner taps confirm on everything again. Then every proposal must have
 * moved money at most once, and the guard's record must agree with the platform's books.
 */
async function restartAndRetap(store: Store, merchantId: string, ids: string[]) {
  const later = { now: new Date(Date.now() + (UNFINISHED_AFTER_MINUTES + 1) * 60_000) };
  await approvalsInbox(store, merchantId, 'open', later);
  for (const id of ids) await confirmSpend(store, merchantId, id, OWNER, later).catch(() => undefined);
  const booked = await bookings(store, merchantId);
  const proposals = await listProposals(store, merchantId);
  const executions = new Map((await listExecutions(store, merchantId, ids)).map((e) => [e.proposalId, e]));
  for (const p of proposals) {
    expect(booked.get(p.id) ?? 0, `${p.id} booked`).toBeLessThanOrEqual(1);
    // Executed in the guard's books exactly when the platform booked it: no spend unrecorded, none recorded unbooked.
    expect(p.status === 'executed', `${p.id} is ${p.status}, booked ${booked.get(p.id) ?? 0}`).toBe(booked.get(p.id) === 1);
    expect(['approved', 'executing']).not.toContain(p.status);
    if (p.status === 'executed') expect(executions.get(p.id)?.status).toBe('done');
  }
  const executedAudit = (await readAuditLog(store, merchantId, { limit: 500 })).filter((e) => e.action === 'executed');
  expect(executedAudit.length).toBe(booked.size);
  return { booked, proposals };
}

describe.each(storesUnderTest())('kill -9 drills on $name', (under) => {
  // A killed child and its restart open the store from another process, which the embedded Postgres cannot serve.
  const racing = itRacingSessions(under);
  racing('loses no committed batch and lands no half batch when an import is killed, and the rerun finishes it once', async () => {
    const store = await under.open();
    try {
      const path = reviewsCsv();
      await createMerchant(store, { id: 'killed', name: '被中断的厂' });

      const killed = await runChild('import', store.config!, ['killed', path, String(BATCH_ROWS)], async () => {
        const [job] = await jobOf(store, 'killed');
        return (job?.rows_committed ?? 0) >= 20 * BATCH_ROWS;
      });
      expect(killed.signal, killed.stderr).toBe('SIGKILL');

      const restarted = await openStore(store.config!);
      try {
        const [job] = await jobOf(restarted, 'killed');
        expect(job!.status).toBe('running');
        const landed = await countReviews(restarted, 'killed');
        // Whole batches only, and exactly the ones the job says it committed.
        expect(landed).toBe(job!.rows_landed);
        expect(landed % BATCH_ROWS).toBe(0);
        expect(landed).toBeGreaterThanOrEqual(20 * BATCH_ROWS);
        expect(landed).toBeLessThan(REVIEWS);

        const rerun = await runChild('import', store.config!, ['killed', path, String(BATCH_ROWS)]);
        expect(rerun.code, rerun.stderr).toBe(0);
        const result = JSON.parse(rerun.stdout);
        expect(result.jobId).toBe(job!.id);
        expect(await countReviews(restarted, 'killed')).toBe(REVIEWS);
        expect((await jobOf(restarted, 'killed')).map((j) => [j.status, j.rows_landed])).toEqual([['done', REVIEWS]]);
      } finally {
        await restarted.close();
      }
    } finally {
      await store.dispose();
    }
  }, 120_000);

  for (const moment of ['after', 'before'] as const) {
    racing(`neither loses nor repeats a spend when confirmation is killed ${moment} the platform books it`, async () => {
      const store = await under.open();
      try {
        const ids = await pendingProposals(store, 'shop');
        const killed = await runChild('confirm', store.config!, ['shop', moment, '4'], (out) => out.includes(HANGING));
        expect(killed.signal, killed.stderr).toBe('SIGKILL');
        const booked = await bookings(store, 'shop');
        expect(booked.size).toBe(moment === 'after' ? 4 : 3);

        const restarted = await openStore(store.config!);
        try {
          const { booked: after, proposals } = await restartAndRetap(restarted, 'shop', ids);
          // Booked before the kill: settled as executed; never sent: settled as failed, and not sent by the retap.
          expect(after.size).toBe(moment === 'after' ? PROPOSALS : PROPOSALS - 1);
          expect(proposals.filter((p) => p.status === 'failed').length).toBe(moment === 'after' ? 0 : 1);
        } finally {
          await restarted.close();
        }
      } finally {
        await store.dispose();
      }
    }, 120_000);
  }

  racing('keeps every spend exactly once when confirmations are killed at an arbitrary moment', async () => {
    const store = await under.open();
    try {
      const ids = await pendingProposals(store, 'shop');
      const killed = await runChild('confirm', store.config!, ['shop'], async () => (await bookings(store, 'shop')).size >= 5);
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      const restarted = await openStore(store.config!);
      try {
        const { booked } = await restartAndRetap(restarted, 'shop', ids);
        expect(booked.size).toBeGreaterThanOrEqual(PROPOSALS - 1);
      } finally {
        await restarted.close();
      }
    } finally {
      await store.dispose();
    }
  }, 120_000);
});
