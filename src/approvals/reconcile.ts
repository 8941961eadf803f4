import { findProposal, listUnfinishedExecutions } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import { channelSpendOf, settleExecution, undoDeadline } from './execute.js';
import { channelsOf, clock, type GuardOptions } from './options.js';

/**
 * Ad and marketplace APIs time out well within ten minutes, so an execution still unfinished after
 * that had its process die mid-call; waiting longer only leaves the owner not knowing.
 */
export const UNFINISHED_AFTER_MINUTES = 10;

/**
 * Settles executions whose process died between claiming and recording: asks the channel whether it
 * booked the spend (by proposal id) and records that, so a crash neither loses nor repeats a spend.
 * Never re-executes. Returns how many it settled and how many it could not (channel cannot answer).
 */
export async function reconcileUnfinished(
  store: Store,
  merchantId: string,
  options: GuardOptions = {},
): Promise<{ settled: number; unresolved: number }> {
  const now = clock(options);
  const cutoff = new Date(now.getTime() - UNFINISHED_AFTER_MINUTES * 60_000).toISOString();
  let settled = 0;
  let unresolved = 0;
  for (const execution of await listUnfinishedExecutions(store, merchantId, cutoff)) {
    const p = await findProposal(store, merchantId, execution.proposalId);
    const channel = channelsOf(store, options)(execution.channel);
    if (!p || !channel?.lookup) {
      unresolved++;
      continue;
    }
    const reference = await channel.lookup(channelSpendOf(p));
    const outcome = reference
      ? { reference, undoUntil: undoDeadline(channel, new Date(execution.startedAt)) }
      : { error: 'the channel never received this spend (the process stopped before sending it)' };
    await settleExecution(store, p, outcome, now, 'settled after an interrupted execution');
    settled++;
  }
  return { settled, unresolved };
}
