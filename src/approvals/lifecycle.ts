import type { ErrorMessage } from '../domain/errors.js';
import { budgetProblem } from './budget.js';
import { confirmationLayer } from './layers.js';
import type {
  AuditAction, BudgetUse, ConfirmationLayer, GuardLimits, ProposalPatch, ProposalStatus, SpendProposal,
} from '../domain/spend-proposal.js';

/**
 * What a request does to a proposal: change it (applied only if the status is still `from`),
 * leave it as it is (a repeated tap), or be blocked with a reason the owner can read.
 */
export type Transition =
  | { kind: 'change'; from: ProposalStatus; patch: ProposalPatch & { status: ProposalStatus }; audit: AuditAction }
  | { kind: 'unchanged' }
  | { kind: 'blocked'; code: 'conflict' | 'refused'; message: ErrorMessage; details?: Record<string, unknown> };

/** Still waiting for someone: the only statuses that can expire or be confirmed. */
export const OPEN_STATUSES: readonly ProposalStatus[] = ['pending', 'awaiting_second'];
/** Counted against the budget: confirmed money, whether or not the channel has taken it yet. */
export const COMMITTED_STATUSES: readonly ProposalStatus[] = ['approved', 'executing', 'executed'];
/** Past confirmation: a repeated confirm of these is a harmless double tap. */
const CONFIRMED_STATUSES: readonly ProposalStatus[] = [...COMMITTED_STATUSES, 'undone', 'failed'];

const LAYER_STRICTNESS: Record<ConfirmationLayer, number> = { single: 0, double: 1, refused: 2 };

export const isStale = (p: SpendProposal, now: Date): boolean =>
  OPEN_STATUSES.includes(p.status) && now.getTime() >= Date.parse(p.expiresAt);

/** A confirmation by `actor` at `now`, given today's committed spend and the merchant's current limits. */
export function confirmTransition(p: SpendProposal, actor: string, now: Date, limits: GuardLimits, use: BudgetUse): Transition {
  if (CONFIRMED_STATUSES.includes(p.status)) return { kind: 'unchanged' };
  if (!OPEN_STATUSES.includes(p.status)) {
    return { kind: 'blocked', code: 'conflict', message: { key: 'proposal_not_pending', params: { status: p.status } } };
  }
  if (isStale(p, now)) return { kind: 'blocked', code: 'refused', message: { key: 'proposal_expired' } };
  // Limits may have tightened since the proposal was made; the stricter layer wins.
  const current = confirmationLayer(p.amountYuan, limits);
  const layer = LAYER_STRICTNESS[current] > LAYER_STRICTNESS[p.layer] ? current : p.layer;
  if (layer === 'refused') {
    return { kind: 'blocked', code: 'refused', message: { key: 'above_cap', params: { amount: p.amountYuan, cap: limits.capYuan } } };
  }
  const overBudget = budgetProblem(p.amountYuan, use, limits);
  if (overBudget) return { kind: 'blocked', code: 'refused', message: overBudget };
  const at = now.toISOString();

  if (p.status === 'pending' && layer === 'double') {
    const opensAt = new Date(now.getTime() + limits.secondConfirmDelayMinutes * 60_000).toISOString();
    return {
      kind: 'change',
      from: 'pending',
      patch: { status: 'awaiting_second', layer, firstConfirmedBy: actor, firstConfirmedAt: at, secondConfirmOpensAt: opensAt },
      audit: 'confirmed',
    };
  }
  if (p.status === 'pending') {
    return { kind: 'change', from: 'pending', patch: { status: 'approved', firstConfirmedBy: actor, firstConfirmedAt: at, approvedAt: at }, audit: 'confirmed' };
  }
  const opensAt = p.secondConfirmOpensAt ?? at;
  if (now.getTime() < Date.parse(opensAt)) {
    return {
      kind: 'blocked',
      code: 'conflict',
      message: { key: 'second_confirmation_later', params: { opensAt } },
      details: { secondConfirmOpensAt: opensAt },
    };
  }
  return {
    kind: 'change',
    from: 'awaiting_second',
    patch: { status: 'approved', secondConfirmedBy: actor, secondConfirmedAt: at, approvedAt: at },
    audit: 'second_confirmed',
  };
}

/** A rejection: allowed until the proposal has been claimed for execution. */
export function rejectTransition(p: SpendProposal, actor: string, now: Date, reason: string | null): Transition {
  if (p.status === 'rejected') return { kind: 'unchanged' };
  if (![...OPEN_STATUSES, 'approved'].includes(p.status)) {
    return { kind: 'blocked', code: 'conflict', message: { key: 'proposal_not_rejectable', params: { status: p.status } } };
  }
  return {
    kind: 'change',
    from: p.status,
    patch: { status: 'rejected', closedBy: actor, closedAt: now.toISOString(), reason },
    audit: 'rejected',
  };
}

/** What expiry does to a stale proposal. */
export function expireTransition(p: SpendProposal, now: Date): Transition {
  if (!isStale(p, now)) return { kind: 'unchanged' };
  return {
    kind: 'change',
    from: p.status,
    patch: { status: 'expired', closedBy: 'system', closedAt: now.toISOString(), reason: 'not confirmed in time' },
    audit: 'expired',
  };
}
