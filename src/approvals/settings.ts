import { AppError } from '../domain/errors.js';
import { committedSpend, lockBudget, readLimitOverrides, saveLimitOverrides } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import { recordAudit } from './audit-log.js';
import { budgetPeriods, budgetStanding, type BudgetStanding } from './budget.js';
import { COMMITTED_STATUSES } from './lifecycle.js';
import { DEFAULT_LIMITS, limitsProblem, resolveLimits } from './limits.js';
import type { GuardLimits, LimitOverrides } from '../domain/spend-proposal.js';
import { clock, type GuardOptions } from './options.js';

/** The merchant's limits, what they override, and how much of today's and this month's budget is used. */
export interface GuardSettings {
  limits: GuardLimits;
  overrides: LimitOverrides;
  defaults: GuardLimits;
  budget: BudgetStanding;
}

export async function guardSettings(store: Store, merchantId: string, options: GuardOptions = {}): Promise<GuardSettings> {
  const overrides = await readLimitOverrides(store, merchantId);
  const limits = resolveLimits(overrides);
  const use = await committedSpend(store, merchantId, budgetPeriods(clock(options)), COMMITTED_STATUSES);
  return { limits, overrides, defaults: DEFAULT_LIMITS, budget: budgetStanding(use, limits) };
}

/** Changes some limits: an undefined field keeps its current value, null goes back to the default. */
export async function changeGuardLimits(
  store: Store,
  merchantId: string,
  change: LimitOverrides,
  actor: Actor,
  options: GuardOptions = {},
): Promise<GuardSettings> {
  const now = clock(options);
  await store.transaction(async (tx) => {
    const before = await lockBudget(tx, merchantId, now);
    const after: LimitOverrides = { ...before };
    for (const [key, value] of Object.entries(change) as [keyof GuardLimits, number | null | undefined][]) {
      if (value !== undefined) after[key] = value;
    }
    const [was, will] = [resolveLimits(before), resolveLimits(after)];
    const problem = limitsProblem(will);
    if (problem) throw new AppError('bad_input', problem);
    // Saving the form unchanged is not a change worth an audit line.
    if (JSON.stringify(was) === JSON.stringify(will)) return;
    await saveLimitOverrides(tx, merchantId, after, actor.id, now);
    await recordAudit(tx, merchantId, {
      at: now.toISOString(),
      actor: actor.id,
      actorLabel: actor.label,
      action: 'limits_changed',
      subject: 'budget',
      details: { before: was, after: will },
    });
  });
  return guardSettings(store, merchantId, options);
}
