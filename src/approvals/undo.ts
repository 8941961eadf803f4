import { AppError } from '../domain/errors.js';
import { claimUndo, releaseUndo } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import { proposalSubject, recordAudit } from './audit-log.js';
import { proposalOutcome, type ProposalOutcome } from './decide.js';
import { channelSpendOf } from './execute.js';
import { channelsOf, clock, type GuardOptions } from './options.js';

/** Reverses an executed spend while the channel's undo window is open; a repeated undo is harmless. */
export async function undoSpend(
  store: Store,
  merchantId: string,
  proposalId: string,
  actor: Actor,
  options: GuardOptions = {},
): Promise<ProposalOutcome> {
  const now = clock(options);
  const { proposal, execution } = await proposalOutcome(store, merchantId, proposalId);
  if (proposal.status === 'undone') return { proposal, execution };
  if (proposal.status !== 'executed' || !execution?.channelReference) {
    throw new AppError('conflict', { key: 'undo_only_executed', params: { status: proposal.status } });
  }
  if (!execution.undoUntil) throw new AppError('refused', { key: 'undo_not_supported', params: { channel: proposal.channel } });
  if (now.getTime() >= Date.parse(execution.undoUntil)) {
    throw new AppError('refused', { key: 'undo_window_closed', params: { undoUntil: execution.undoUntil } }, { undoUntil: execution.undoUntil });
  }
  const channel = channelsOf(store, options)(proposal.channel);
  if (!channel) throw new AppError('refused', { key: 'no_channel_executor', params: { channel: proposal.channel } });
  if (!(await store.transaction((tx) => claimUndo(tx, merchantId, proposalId, actor.id, now)))) {
    return proposalOutcome(store, merchantId, proposalId);
  }
  const line = { actor: actor.id, actorLabel: actor.label, subject: proposalSubject(proposalId), amountYuan: proposal.amountYuan };
  try {
    await channel.undo(execution.channelReference, channelSpendOf(proposal));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await store.transaction(async (tx) => {
      await releaseUndo(tx, merchantId, proposalId);
      await recordAudit(tx, merchantId, { ...line, at: clock(options).toISOString(), action: 'undo_failed', details: { error: message } });
    });
    throw new AppError('upstream', { key: 'undo_failed', params: { reason: message } });
  }
  await recordAudit(store, merchantId, { ...line, at: clock(options).toISOString(), action: 'undone', details: { reference: execution.channelReference } });
  return proposalOutcome(store, merchantId, proposalId);
}
