import { claimExecution, findProposal, finishExecution } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import { SYSTEM } from './actor.js';
import { proposalSubject, recordAudit } from './audit-log.js';
import type { ChannelSpend } from './channel.js';
import { channelsOf, clock, type GuardOptions } from './options.js';
import type { SpendProposal } from './types.js';

const MINUTE_MS = 60_000;

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
  let outcome: { reference: string; undoUntil: string | null } | { error: string };
  try {
    if (!channel) throw new Error(`no executor is set up for channel "${p.channel}"`);
    const reference = await channel.execute(channelSpendOf(p));
    const undoUntil = channel.undoWindowMinutes === null
      ? null
      : new Date(clock(options).getTime() + channel.undoWindowMinutes * MINUTE_MS).toISOString();
    outcome = { reference, undoUntil };
  } catch (error) {
    outcome = { error: error instanceof Error ? error.message : String(error) };
  }
  const finishedAt = clock(options);
  await store.transaction(async (tx) => {
    await finishExecution(tx, merchantId, p.id, outcome, finishedAt);
    await recordAudit(tx, merchantId, {
      at: finishedAt.toISOString(),
      actor: SYSTEM.id,
      action: 'reference' in outcome ? 'executed' : 'execution_failed',
      subject: proposalSubject(p.id),
      amountYuan: p.amountYuan,
      details: { channel: p.channel, ...outcome },
    });
  });
  return true;
}
