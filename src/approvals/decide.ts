import { AppError, notFound } from '../domain/errors.js';
import { committedSpend, findProposal, listExecutions, listProposals, lockBudget } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import { SYSTEM, type Actor } from './actor.js';
import { budgetPeriods } from './budget.js';
import { executeApproved } from './execute.js';
import {
  COMMITTED_STATUSES, OPEN_STATUSES, confirmTransition, expireTransition, isStale, rejectTransition, type Transition,
} from './lifecycle.js';
import { resolveLimits } from './limits.js';
import { clock, type GuardOptions } from './options.js';
import { applyTransition } from './transition-log.js';
import type { BudgetUse, GuardLimits, SpendExecution, SpendProposal } from '../domain/spend-proposal.js';

/** A proposal as the owner sees it after acting: with its execution, once there is one. */
export interface ProposalOutcome {
  proposal: SpendProposal;
  execution: SpendExecution | null;
}

export async function proposalOutcome(store: Store, merchantId: string, proposalId: string): Promise<ProposalOutcome> {
  const proposal = await findProposal(store, merchantId, proposalId);
  if (!proposal) throw notFound({ key: 'no_spend_proposal', params: { id: proposalId } });
  const [execution] = await listExecutions(store, merchantId, [proposalId]);
  return { proposal, execution: execution ?? null };
}

type Blocked = Extract<Transition, { kind: 'blocked' }>;
const EXPIRED: Blocked = { kind: 'blocked', code: 'refused', message: { key: 'proposal_expired' } };

/**
 * Runs one decision on a proposal under the merchant's budget lock: stale proposals expire first,
 * then `decide` picks the transition from the proposal, the limits and the money already committed.
 */
async function decideLocked(
  store: Store,
  merchantId: string,
  proposalId: string,
  actor: Actor,
  now: Date,
  decide: (p: SpendProposal, limits: GuardLimits, use: BudgetUse) => Transition,
): Promise<void> {
  const blocked = await store.transaction(async (tx): Promise<Blocked | undefined> => {
    const limits = resolveLimits(await lockBudget(tx, merchantId, now));
    const p = await findProposal(tx, merchantId, proposalId);
    if (!p) throw notFound({ key: 'no_spend_proposal', params: { id: proposalId } });
    if (isStale(p, now)) {
      await applyTransition(tx, p, expireTransition(p, now), SYSTEM, now);
      return EXPIRED;
    }
    const t = decide(p, limits, await committedSpend(tx, merchantId, budgetPeriods(now), COMMITTED_STATUSES));
    if (t.kind === 'blocked') return t;
    await applyTransition(tx, p, t, actor, now);
    return undefined;
  });
  if (blocked) throw new AppError(blocked.code, blocked.message, blocked.details);
}

/**
 * The owner confirms a proposal. A single-layer one is approved and executed at once; a double-layer
 * one needs a second confirmation after the delay. Repeated taps are harmless: the money moves once.
 */
export async function confirmSpend(
  store: Store,
  merchantId: string,
  proposalId: string,
  actor: Actor,
  options: GuardOptions = {},
): Promise<ProposalOutcome> {
  const now = clock(options);
  await decideLocked(store, merchantId, proposalId, actor, now, (p, limits, use) => confirmTransition(p, actor.id, now, limits, use));
  await executeApproved(store, merchantId, proposalId, options);
  return proposalOutcome(store, merchantId, proposalId);
}

export async function rejectSpend(
  store: Store,
  merchantId: string,
  proposalId: string,
  actor: Actor,
  reason: string | null,
  options: GuardOptions = {},
): Promise<ProposalOutcome> {
  const now = clock(options);
  await decideLocked(store, merchantId, proposalId, actor, now, (p) => rejectTransition(p, actor.id, now, reason));
  return proposalOutcome(store, merchantId, proposalId);
}

/** Expires every open proposal past its time; returns how many it expired. */
export async function expireStaleProposals(store: Store, merchantId: string, options: GuardOptions = {}): Promise<number> {
  const now = clock(options);
  const stale = (await listProposals(store, merchantId, { statuses: OPEN_STATUSES })).filter((p) => isStale(p, now));
  let expired = 0;
  for (const p of stale) {
    if (await store.transaction((tx) => applyTransition(tx, p, expireTransition(p, now), SYSTEM, now))) expired++;
  }
  return expired;
}
