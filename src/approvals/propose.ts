import { randomUUID } from 'node:crypto';
import { invalidInput } from '../domain/errors.js';
import { committedSpend, insertProposal, lockBudget } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import { agentActor } from './actor.js';
import { proposalSubject, recordAudit } from './audit-log.js';
import { budgetPeriods } from './budget.js';
import { COMMITTED_STATUSES } from './lifecycle.js';
import { resolveLimits } from './limits.js';
import { clock, type GuardOptions } from './options.js';
import { draftProposal, spendRequestSchema } from './proposal.js';
import type { SpendProposal, SpendRequest } from '../domain/spend-proposal.js';

/**
 * The only way an agent may spend the merchant's money: it asks, and the owner confirms later.
 * Returns the proposal (pending, or refused when above the cap or over budget); nothing is executed here.
 * The same idempotency key always returns the same proposal.
 */
export async function proposeSpend(
  store: Store,
  merchantId: string,
  request: SpendRequest,
  options: GuardOptions = {},
): Promise<SpendProposal> {
  const parsed = spendRequestSchema.safeParse(request);
  if (!parsed.success) throw invalidInput('spend_request', parsed.error);
  const now = clock(options);
  return store.transaction(async (tx) => {
    // Under the budget lock, so the budget a proposal is checked against cannot change under it.
    const limits = resolveLimits(await lockBudget(tx, merchantId, now));
    const use = await committedSpend(tx, merchantId, budgetPeriods(now), COMMITTED_STATUSES);
    const draft = draftProposal(parsed.data, { id: randomUUID(), merchantId, now, limits, use });
    const stored = await insertProposal(tx, merchantId, draft);
    if (stored.id !== draft.id) return stored;
    const actor = agentActor(draft.agent);
    const line = { at: draft.createdAt, actor: actor.id, actorLabel: actor.label, subject: proposalSubject(draft.id), amountYuan: draft.amountYuan };
    await recordAudit(tx, merchantId, { ...line, action: 'proposed', details: { action: draft.action, channel: draft.channel, layer: draft.layer } });
    if (draft.status === 'refused') {
      await recordAudit(tx, merchantId, { ...line, actor: 'system', actorLabel: null, action: 'refused', details: { reason: draft.reason } });
    }
    return stored;
  });
}
