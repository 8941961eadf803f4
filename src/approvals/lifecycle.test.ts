import { describe, expect, it } from 'vitest';
import { budgetPeriods, budgetProblem } from './budget.js';
import { confirmationLayer } from './layers.js';
import { confirmTransition, rejectTransition } from './lifecycle.js';
import { DEFAULT_LIMITS, limitsProblem, resolveLimits } from './limits.js';
import { draftProposal } from './proposal.js';
import type { SpendProposal } from '../domain/spend-proposal.js';

const NOW = new Date('2026-11-25T02:00:00.000Z');
const NOTHING_SPENT = { todayYuan: 0, monthYuan: 0 };

function proposal(amountYuan: number, now = NOW, limits = DEFAULT_LIMITS): SpendProposal {
  return draftProposal(
    { agent: 'promotion', action: 'raise_daily_budget', amountYuan, channel: 'ad:taobao-ztc', description: '收纳箱直通车日预算', payload: {} },
    { id: 'p1', merchantId: 'm1', now, limits, use: NOTHING_SPENT },
  );
}

describe('confirmation layers and limits', () => {
  it('puts the thresholds on the right side of each boundary', () => {
    expect(confirmationLayer(500, DEFAULT_LIMITS)).toBe('single');
    expect(confirmationLayer(500.01, DEFAULT_LIMITS)).toBe('double');
    expect(confirmationLayer(3_000, DEFAULT_LIMITS)).toBe('double');
    expect(confirmationLayer(3_000.01, DEFAULT_LIMITS)).toBe('refused');
  });

  it('lets a merchant override one limit and keeps the defaults for the rest', () => {
    const limits = resolveLimits({ capYuan: 800, dailyBudgetYuan: null });
    expect(limits.capYuan).toBe(800);
    expect(limits.dailyBudgetYuan).toBe(DEFAULT_LIMITS.dailyBudgetYuan);
    expect(confirmationLayer(900, limits)).toBe('refused');
  });

  it('rejects limits that contradict each other', () => {
    expect(limitsProblem(resolveLimits({ secondConfirmAboveYuan: 4_000 }))).toMatch(/cannot exceed capYuan/);
    expect(limitsProblem(resolveLimits({ dailyBudgetYuan: -1 }))).toMatch(/non-negative/);
    expect(limitsProblem(resolveLimits({ proposalTtlHours: 0.1 }))).toMatch(/live longer/);
    expect(limitsProblem(DEFAULT_LIMITS)).toBeUndefined();
  });
});

describe('budget periods', () => {
  it('starts the budget day at midnight Beijing time, which is 16:00 UTC the day before', () => {
    expect(budgetPeriods(new Date('2026-11-24T16:00:00Z'))).toEqual({
      dayStart: '2026-11-24T16:00:00.000Z',
      monthStart: '2026-10-31T16:00:00.000Z',
    });
    expect(budgetPeriods(new Date('2026-11-24T15:59:59Z')).dayStart).toBe('2026-11-23T16:00:00.000Z');
  });

  it('starts a new month on the 1st in Beijing even while it is still the 30th in UTC', () => {
    expect(budgetPeriods(new Date('2026-11-30T17:00:00Z')).monthStart).toBe('2026-11-30T16:00:00.000Z');
  });

  it('lets a spend fill the budget exactly despite float drift, and not a fen more', () => {
    const limits = resolveLimits({ dailyBudgetYuan: 0.3 });
    expect(budgetProblem(0.2, { todayYuan: 0.1, monthYuan: 0.1 }, limits)).toBeUndefined();
    expect(budgetProblem(0.21, { todayYuan: 0.1, monthYuan: 0.1 }, limits)?.key).toBe('over_daily_budget');
    expect(budgetProblem(100, { todayYuan: 0, monthYuan: 29_950 }, DEFAULT_LIMITS)?.key).toBe('over_monthly_budget');
  });
});

describe('proposal lifecycle', () => {
  it('refuses a draft above the cap or over budget, and keeps a fitting one pending', () => {
    expect(proposal(3_001).status).toBe('refused');
    expect(proposal(3_001).reason).toMatch(/above the cap/);
    expect(proposal(300).status).toBe('pending');
    expect(proposal(300).expiresAt).toBe('2026-11-27T02:00:00.000Z');
    const tight = resolveLimits({ dailyBudgetYuan: 200 });
    expect(proposal(300, NOW, tight).reason).toMatch(/daily budget/);
  });

  it('approves a small spend on the first confirmation', () => {
    const t = confirmTransition(proposal(300), 'account:a', NOW, DEFAULT_LIMITS, NOTHING_SPENT);
    expect(t).toMatchObject({ kind: 'change', from: 'pending', patch: { status: 'approved', approvedAt: NOW.toISOString() } });
  });

  it('holds a large spend for a second confirmation that opens only after the delay', () => {
    const p = proposal(1_200);
    const first = confirmTransition(p, 'account:a', NOW, DEFAULT_LIMITS, NOTHING_SPENT);
    expect(first).toMatchObject({ kind: 'change', patch: { status: 'awaiting_second', secondConfirmOpensAt: '2026-11-25T02:10:00.000Z' } });
    const waiting = { ...p, ...(first.kind === 'change' ? first.patch : {}) };
    const early = confirmTransition(waiting, 'account:a', new Date('2026-11-25T02:09:59Z'), DEFAULT_LIMITS, NOTHING_SPENT);
    expect(early).toMatchObject({ kind: 'blocked', code: 'conflict' });
    const later = confirmTransition(waiting, 'account:a', new Date('2026-11-25T02:10:00Z'), DEFAULT_LIMITS, NOTHING_SPENT);
    expect(later).toMatchObject({ kind: 'change', from: 'awaiting_second', audit: 'second_confirmed', patch: { status: 'approved' } });
  });

  it('applies limits tightened after the proposal was made', () => {
    const p = proposal(400);
    const stricter = resolveLimits({ secondConfirmAboveYuan: 100 });
    expect(confirmTransition(p, 'a', NOW, stricter, NOTHING_SPENT)).toMatchObject({ patch: { status: 'awaiting_second', layer: 'double' } });
    const capped = resolveLimits({ capYuan: 300, secondConfirmAboveYuan: 100 });
    expect(confirmTransition(p, 'a', NOW, capped, NOTHING_SPENT)).toMatchObject({ kind: 'blocked', code: 'refused' });
  });

  it('blocks a confirmation that would break the budget and one on an expired proposal', () => {
    expect(confirmTransition(proposal(300), 'a', NOW, DEFAULT_LIMITS, { todayYuan: 2_800, monthYuan: 2_800 })).toMatchObject({
      kind: 'blocked',
      code: 'refused',
    });
    expect(confirmTransition(proposal(300), 'a', new Date('2026-11-27T02:00:00Z'), DEFAULT_LIMITS, NOTHING_SPENT)).toMatchObject({
      kind: 'blocked',
      message: { key: 'proposal_expired' },
    });
  });

  it('treats a repeated confirmation as a no-op and a confirmation of a rejected proposal as a conflict', () => {
    const approved = { ...proposal(300), status: 'executed' as const };
    expect(confirmTransition(approved, 'a', NOW, DEFAULT_LIMITS, NOTHING_SPENT)).toEqual({ kind: 'unchanged' });
    const rejected = { ...proposal(300), status: 'rejected' as const };
    expect(confirmTransition(rejected, 'a', NOW, DEFAULT_LIMITS, NOTHING_SPENT)).toMatchObject({ kind: 'blocked', code: 'conflict' });
  });

  it('allows rejection until the proposal is claimed for execution', () => {
    expect(rejectTransition({ ...proposal(300), status: 'approved' }, 'a', NOW, '不划算')).toMatchObject({
      patch: { status: 'rejected', reason: '不划算', closedBy: 'a' },
    });
    expect(rejectTransition({ ...proposal(300), status: 'executing' }, 'a', NOW, null)).toMatchObject({ kind: 'blocked' });
  });
});
