import { updateProposalIf } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import { proposalSubject, recordAudit } from './audit-log.js';
import type { Transition } from './lifecycle.js';
import type { SpendProposal } from '../domain/spend-proposal.js';

/**
 * Applies a change to a proposal if nobody changed it first, and writes the audit line with it.
 * Call inside a transaction so the change and its audit line land together; false when it lost the race.
 */
export async function applyTransition(store: Store, p: SpendProposal, t: Transition, actor: Actor, now: Date): Promise<boolean> {
  if (t.kind !== 'change') return false;
  if (!(await updateProposalIf(store, p.merchantId, p.id, t.from, t.patch))) return false;
  await recordAudit(store, p.merchantId, {
    at: now.toISOString(),
    actor: actor.id,
    actorLabel: actor.label,
    action: t.audit,
    subject: proposalSubject(p.id),
    amountYuan: p.amountYuan,
    details: { from: t.from, to: t.patch.status, ...(t.patch.reason ? { reason: t.patch.reason } : {}), ...(t.patch.secondConfirmOpensAt ? { secondConfirmOpensAt: t.patch.secondConfirmOpensAt } : {}) },
  });
  return true;
}
