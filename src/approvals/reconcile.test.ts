import { describe, expect, it } from 'vitest';
import { adLedger, claimExecution, listAdChannelSpends, updateProposalIf } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import { useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { readAuditLog } from './audit-log.js';
import { proposalOutcome } from './decide.js';
import { proposeSpend } from './propose.js';
import { reconcileUnfinished, UNFINISHED_AFTER_MINUTES } from './reconcile.js';

const CLAIMED_AT = new Date('2026-11-25T03:00:00.000Z');
const after = (minutes: number) => ({ now: new Date(CLAIMED_AT.getTime() + minutes * 60_000) });

/** A proposal whose executor claimed it and then died before recording anything. */
async function interrupted(store: Store, merchantId: string): Promise<string> {
  const p = await proposeSpend(store, merchantId, {
    agent: 'promotion', action: 'raise_daily_budget', amountYuan: 220, channel: 'ad:京东', description: '儿童积木 京东快车 +220', payload: {},
  }, { now: CLAIMED_AT });
  await updateProposalIf(store, merchantId, p.id, 'pending', { status: 'approved', approvedAt: CLAIMED_AT.toISOString() });
  expect(await store.transaction((tx) => claimExecution(tx, merchantId, { ...p, status: 'approved' }, CLAIMED_AT))).toBe(true);
  return p.id;
}

for (const sut of storesUnderTest()) {
  describe(`settling interrupted executions on ${sut.name}`, () => {
    const store = useFreshStore(sut);

    it('leaves a recent claim alone, then records a spend the channel never got as failed', async () => {
      const id = await interrupted(store, 'shantou-toys');
      expect(await reconcileUnfinished(store, 'shantou-toys', after(UNFINISHED_AFTER_MINUTES - 1))).toEqual({ settled: 0, unresolved: 0 });
      expect(await reconcileUnfinished(store, 'shantou-toys', after(UNFINISHED_AFTER_MINUTES + 1))).toEqual({ settled: 1, unresolved: 0 });
      const { proposal, execution } = await proposalOutcome(store, 'shantou-toys', id);
      expect(proposal.status).toBe('failed');
      expect(execution?.status).toBe('failed');
      expect(await listAdChannelSpends(store, 'shantou-toys')).toHaveLength(0);
      const failed = (await readAuditLog(store, 'shantou-toys')).find((e) => e.action === 'execution_failed');
      expect(failed?.details).toMatchObject({ note: expect.stringMatching(/interrupted/) });
    });

    it('records a spend the channel did book as executed, without booking it again', async () => {
      const id = await interrupted(store, 'taizhou-boxes');
      await adLedger(store).append({ merchantId: 'taizhou-boxes', reference: `sim-ad-${id}`, proposalId: id, channel: 'ad:京东', amountYuan: 220, kind: 'spend' });
      expect(await reconcileUnfinished(store, 'taizhou-boxes', after(30))).toEqual({ settled: 1, unresolved: 0 });
      const { proposal, execution } = await proposalOutcome(store, 'taizhou-boxes', id);
      expect(proposal.status).toBe('executed');
      // The undo window runs from when the claim was made, the earliest the channel can have booked it.
      expect(execution).toMatchObject({ status: 'done', channelReference: `sim-ad-${id}`, undoUntil: after(30).now.toISOString() });
      expect(await listAdChannelSpends(store, 'taizhou-boxes')).toHaveLength(1);
      expect(await reconcileUnfinished(store, 'taizhou-boxes', after(60))).toEqual({ settled: 0, unresolved: 0 });
    });
  });
}
