import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listAdChannelSpends, listExecutions, updateProposalIf } from '../store/approvals.js';
import { itRacingSessions, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import type { Actor } from './actor.js';
import { readAuditLog } from './audit-log.js';
import { DECLINE_PAYLOAD_FLAG } from './channels/simulated-ad.js';
import { confirmSpend, rejectSpend } from './decide.js';
import { executeApproved } from './execute.js';
import { approvalsInbox } from './inbox.js';
import { proposeSpend } from './propose.js';
import { changeGuardLimits } from './settings.js';
import type { SpendRequest } from '../domain/spend-proposal.js';
import { undoSpend } from './undo.js';

const OWNER: Actor = { id: 'account:owner', label: '王老板' };
const NOW = new Date('2026-11-25T02:00:00.000Z');
const later = (minutes: number) => ({ now: new Date(NOW.getTime() + minutes * 60_000) });
const PARALLEL_TAPS = 20;

const adSpend = (amountYuan: number, extra: Partial<SpendRequest> = {}): SpendRequest => ({
  agent: 'promotion',
  action: 'raise_daily_budget',
  amountYuan,
  channel: 'ad:taobao-ztc',
  description: `把"收纳箱 大号"直通车日预算提高 ${amountYuan} 元`,
  payload: { keyword: '收纳箱 大号' },
  ...extra,
});

let merchantSeq = 0;
const freshMerchant = () => `m${++merchantSeq}-${Math.random().toString(36).slice(2, 8)}`;

for (const sut of storesUnderTest()) {
  describe(`money guard on ${sut.name}`, () => {
    const store = useFreshStore(sut);
    const itRacing = itRacingSessions(sut);

    it('executes a small spend once after one confirmation and logs who confirmed it', async () => {
      const m = freshMerchant();
      const p = await proposeSpend(store, m, adSpend(300), { now: NOW });
      expect(p).toMatchObject({ status: 'pending', layer: 'single', amountYuan: 300 });
      expect(await listAdChannelSpends(store, m)).toHaveLength(0);

      const { proposal, execution } = await confirmSpend(store, m, p.id, OWNER, later(1));
      expect(proposal).toMatchObject({ status: 'executed', firstConfirmedBy: OWNER.id, approvedAt: later(1).now.toISOString() });
      expect(execution).toMatchObject({ status: 'done', channelReference: `sim-ad-${p.id}`, undoUntil: later(31).now.toISOString() });
      expect((await listAdChannelSpends(store, m)).map((s) => s.amount_yuan)).toEqual([300]);

      const log = (await readAuditLog(store, m)).reverse();
      expect(log.map((e) => [e.action, e.actor])).toEqual([
        ['proposed', 'agent:promotion'],
        ['confirmed', OWNER.id],
        ['executed', 'system'],
      ]);
      expect(log[1]).toMatchObject({ actorLabel: '王老板', amountYuan: 300, at: later(1).now.toISOString() });
    });

    itRacing(`moves the money once when the owner taps confirm ${PARALLEL_TAPS} times at once`, async () => {
      const m = freshMerchant();
      const p = await proposeSpend(store, m, adSpend(450), { now: NOW });
      const taps = await Promise.allSettled(Array.from({ length: PARALLEL_TAPS }, () => confirmSpend(store, m, p.id, OWNER, later(1))));
      expect(taps.filter((t) => t.status === 'rejected')).toEqual([]);
      expect(await listAdChannelSpends(store, m)).toHaveLength(1);
      expect(await listExecutions(store, m)).toHaveLength(1);
      const confirmations = (await readAuditLog(store, m)).filter((e) => e.action === 'confirmed');
      expect(confirmations).toHaveLength(1);
    });

    itRacing('lets exactly one of many parallel executors claim an approved proposal', async () => {
      const m = freshMerchant();
      const p = await proposeSpend(store, m, adSpend(200), { now: NOW });
      expect(await updateProposalIf(store, m, p.id, 'pending', { status: 'approved', approvedAt: NOW.toISOString() })).toBe(true);
      const runs = await Promise.all(Array.from({ length: PARALLEL_TAPS }, () => executeApproved(store, m, p.id, later(1))));
      expect(runs.filter(Boolean)).toHaveLength(1);
      expect(await listAdChannelSpends(store, m)).toHaveLength(1);
      // Even a writer that skipped the status check could not record a second execution.
      const again = { merchant_id: m, proposal_id: p.id, channel: p.channel, amount_yuan: p.amountYuan, status: 'running', started_at: NOW.toISOString() };
      await expect(store.db.insertInto('spend_execution').values(again).execute()).rejects.toThrow(/unique|duplicate/i);
    });

    itRacing('keeps concurrent confirmations of different proposals inside the daily budget', async () => {
      const m = freshMerchant();
      await changeGuardLimits(store, m, { dailyBudgetYuan: 1_000 }, OWNER, { now: NOW });
      const proposals = [];
      for (let i = 0; i < 8; i++) proposals.push(await proposeSpend(store, m, adSpend(300), { now: NOW }));
      const results = await Promise.allSettled(proposals.map((p) => confirmSpend(store, m, p.id, OWNER, later(1))));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      const refusals = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(refusals.every((r) => r.reason.code === 'refused' && /daily budget/.test(r.reason.message))).toBe(true);
      const spent = (await listAdChannelSpends(store, m)).reduce((sum, s) => sum + s.amount_yuan, 0);
      expect(spent).toBe(900);
    });

    itRacing('returns the same proposal for the same idempotency key, even when proposed in parallel', async () => {
      const m = freshMerchant();
      const same = await Promise.all(
        Array.from({ length: 6 }, () => proposeSpend(store, m, adSpend(120, { idempotencyKey: 'promo-2026-11-25-box' }), { now: NOW })),
      );
      expect(new Set(same.map((p) => p.id)).size).toBe(1);
      expect((await approvalsInbox(store, m, 'all', { now: NOW })).proposals).toHaveLength(1);
      expect((await readAuditLog(store, m)).filter((e) => e.action === 'proposed')).toHaveLength(1);
    });

    it('needs a second confirmation after the delay for a large spend, and refuses one above the cap', async () => {
      const m = freshMerchant();
      const big = await proposeSpend(store, m, adSpend(1_500), { now: NOW });
      expect(big.layer).toBe('double');
      const first = await confirmSpend(store, m, big.id, OWNER, later(0));
      expect(first.proposal).toMatchObject({ status: 'awaiting_second', secondConfirmOpensAt: later(10).now.toISOString() });
      await expect(confirmSpend(store, m, big.id, OWNER, later(5))).rejects.toMatchObject({ code: 'conflict' });
      expect(await listAdChannelSpends(store, m)).toHaveLength(0);
      const second = await confirmSpend(store, m, big.id, OWNER, later(10));
      expect(second.proposal).toMatchObject({ status: 'executed', secondConfirmedBy: OWNER.id });

      const huge = await proposeSpend(store, m, adSpend(3_500), { now: NOW });
      expect(huge).toMatchObject({ status: 'refused', layer: 'refused' });
      await expect(confirmSpend(store, m, huge.id, OWNER, later(1))).rejects.toMatchObject({ code: 'conflict' });
      expect((await listAdChannelSpends(store, m)).map((s) => s.amount_yuan)).toEqual([1_500]);
    });

    it('expires stale proposals and never executes them', async () => {
      const m = freshMerchant();
      const p = await proposeSpend(store, m, adSpend(100), { now: NOW });
      const inbox = await approvalsInbox(store, m, 'open', later(48 * 60));
      expect(inbox.proposals).toHaveLength(0);
      await expect(confirmSpend(store, m, p.id, OWNER, later(48 * 60 + 1))).rejects.toMatchObject({ code: 'conflict' });
      const expired = (await readAuditLog(store, m)).find((e) => e.action === 'expired');
      expect(expired).toMatchObject({ actor: 'system', subject: `spend_proposal:${p.id}` });
    });

    it('records a rejection and then refuses to confirm', async () => {
      const m = freshMerchant();
      const p = await proposeSpend(store, m, adSpend(100), { now: NOW });
      const { proposal } = await rejectSpend(store, m, p.id, OWNER, '关键词转化太低', later(1));
      expect(proposal).toMatchObject({ status: 'rejected', closedBy: OWNER.id, reason: '关键词转化太低' });
      await expect(confirmSpend(store, m, p.id, OWNER, later(2))).rejects.toMatchObject({ code: 'conflict' });
      expect(await listAdChannelSpends(store, m)).toHaveLength(0);
    });

    it('undoes an ad spend inside the window, not after it, and never a campaign sign-up', async () => {
      const m = freshMerchant();
      const ad = await proposeSpend(store, m, adSpend(200), { now: NOW });
      await confirmSpend(store, m, ad.id, OWNER, later(1));
      const undone = await undoSpend(store, m, ad.id, OWNER, later(20));
      expect(undone.proposal.status).toBe('undone');
      expect((await listAdChannelSpends(store, m)).map((s) => [s.kind, s.amount_yuan])).toEqual([['spend', 200], ['reversal', -200]]);
      expect((await approvalsInbox(store, m, 'all', later(21))).budget.todayYuan).toBe(0);

      const late = await proposeSpend(store, m, adSpend(200), { now: NOW });
      await confirmSpend(store, m, late.id, OWNER, later(1));
      await expect(undoSpend(store, m, late.id, OWNER, later(31))).rejects.toMatchObject({ code: 'refused' });

      const campaign = await proposeSpend(store, m, adSpend(200, { channel: 'campaign:pdd-double12', action: 'join_campaign' }), { now: NOW });
      await confirmSpend(store, m, campaign.id, OWNER, later(1));
      await expect(undoSpend(store, m, campaign.id, OWNER, later(2))).rejects.toMatchObject({ code: 'refused' });
    });

    it('marks a declined spend failed and frees its budget', async () => {
      const m = freshMerchant();
      const p = await proposeSpend(store, m, adSpend(250, { payload: { [DECLINE_PAYLOAD_FLAG]: true } }), { now: NOW });
      const { proposal, execution } = await confirmSpend(store, m, p.id, OWNER, later(1));
      expect(proposal.status).toBe('failed');
      expect(execution?.error).toMatch(/declined/);
      expect((await approvalsInbox(store, m, 'all', later(2))).budget.todayYuan).toBe(0);
      expect((await readAuditLog(store, m)).map((e) => e.action)).toContain('execution_failed');
    });

    it('keeps each merchant to its own proposals', async () => {
      const p = await proposeSpend(store, freshMerchant(), adSpend(100), { now: NOW });
      await expect(confirmSpend(store, freshMerchant(), p.id, OWNER, later(1))).rejects.toMatchObject({ code: 'not_found' });
    });

    it('refuses to update or delete the audit log', async () => {
      const m = freshMerchant();
      await proposeSpend(store, m, adSpend(100), { now: NOW });
      await expect(sql`update audit_event set actor = 'someone else' where merchant_id = ${m}`.execute(store.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_event where merchant_id = ${m}`.execute(store.db)).rejects.toThrow(/append-only/);
      expect((await readAuditLog(store, m))[0].actor).toBe('agent:promotion');
    });

    it('audits limit changes and rejects contradictory ones', async () => {
      const m = freshMerchant();
      const settings = await changeGuardLimits(store, m, { capYuan: 800, secondConfirmAboveYuan: 200 }, OWNER, { now: NOW });
      expect(settings.limits).toMatchObject({ capYuan: 800, secondConfirmAboveYuan: 200, dailyBudgetYuan: 3_000 });
      await expect(changeGuardLimits(store, m, { capYuan: 100 }, OWNER, { now: NOW })).rejects.toMatchObject({ code: 'bad_input' });
      expect((await proposeSpend(store, m, adSpend(900), { now: NOW })).status).toBe('refused');
      expect((await proposeSpend(store, m, adSpend(300), { now: NOW })).layer).toBe('double');
      const change = (await readAuditLog(store, m)).find((e) => e.action === 'limits_changed');
      expect(change?.details).toMatchObject({ before: { capYuan: 3_000 }, after: { capYuan: 800 } });
      await changeGuardLimits(store, m, { capYuan: 800 }, OWNER, { now: NOW });
      expect((await readAuditLog(store, m)).filter((e) => e.action === 'limits_changed')).toHaveLength(1);
    });
  });
}
