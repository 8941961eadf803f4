import { claimExecution, findProposal, finishExecution } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import { SYSTEM } from './actor.js';
import { proposalSubject, recordAudit } from './audit-log.js';
import type { ChannelSpend, SpendChannel } from './channel.js';
import { channelsOf, clock, type GuardOptions } from './options.js';
import type { SpendProposal } from '../domain/spend-proposal.js';

const MINUTE_MS = 60_000;

/** Until when a spend booked at `bookedAt` can be undone on this channel; null when it never can. */
export const undoDeadline = (channel: SpendChannel, bookedAt: Date): string | null =>
  channel.undoWindowMinutes === null ? null : new Date(bookedAt.getTime() + channel.undoWindowMinutes * MINUTE_MS).toISOString();

export const channelSpendOf = (p: SpendProposal): ChannelSpend => ({
  merchantId: p.merchantId,
  proposalId: p.id,
  channel: p.channel,
  action: p.action,
  amountYuan: p.amountYuan,
  payload: p.payload,
});

/**
 * Sends an approved proposal to its channel, exactly once: whoever wins the claim executes, every
 * other caller (a double tap, a retry, a second server) returns without touching the channel.
 * Returns whether this call executed it.
 */
export async function executeApproved(store: Store, merchantId: string, proposalId: string, options: GuardOptions = {}): Promise<boolean> {
  const p = await findProposal(store, merchantId, proposalId);
  if (p?.status !== 'approved') return false;
  const claimed = await store.transaction((tx) => claimExecution(tx, merchantId, p, clock(options)));
  if (!claimed) return false;

  const channel = channelsOf(store, options)(p.channel);
  let outcome: ExecutionOutcome;
  try {
    if (!channel) throw new Error(`no executor is set up for channel "${p.channel}"`);
    const reference = await channel.execute(channelSpendOf(p));
    outcome = { reference, undoUntil: undoDeadline(channel, clock(options)) };
  } catch (error) {
    outcome = { error: error instanceof Error ? error.message : String(error) };
  }
  await settleExecution(store, p, outcome, clock(options));
  return true;
}

export type ExecutionOutcome = { reference: string; undoUntil: string | null } | { error: string };

/** Records what became of a claimed execution, with its audit line, in one transaction. */
export async function settleExecution(store: Store, p: SpendProposal, outcome: ExecutionOutcome, at: Date, note?: string): Promise<void> {
  await store.transaction(async (tx) => {
    await finishExecution(tx, p.merchantId, p.id, outcome, at);
    await recordAudit(tx, p.merchantId, {
      at: at.toISOString(),
      actor: SYSTEM.id,
      action: 'reference' in outcome ? 'executed' : 'execution_failed',
      subject: proposalSubject(p.id),
      amountYuan: p.amountYuan,
      details: { channel: p.channel, ...outcome, ...(note ? { note } : {}) },
    });
  });
}
