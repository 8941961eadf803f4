import { listExecutions, listProposals } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import type { ProposalOutcome } from './decide.js';
import { expireStaleProposals } from './decide.js';
import { OPEN_STATUSES } from './lifecycle.js';
import type { GuardOptions } from './options.js';
import { reconcileUnfinished } from './reconcile.js';
import { guardSettings, type GuardSettings } from './settings.js';

/** How far back the "all" view reaches; an owner reviews recent decisions, the audit log keeps the rest. */
const INBOX_HISTORY_LIMIT = 100;

export interface ApprovalsInbox extends GuardSettings {
  proposals: ProposalOutcome[];
}

/** What waits for the owner (or, with `all`, recent proposals too), after expiring stale proposals and settling interrupted executions. */
export async function approvalsInbox(
  store: Store,
  merchantId: string,
  view: 'open' | 'all',
  options: GuardOptions = {},
): Promise<ApprovalsInbox> {
  await expireStaleProposals(store, merchantId, options);
  await reconcileUnfinished(store, merchantId, options);
  const proposals = await listProposals(store, merchantId, view === 'open' ? { statuses: OPEN_STATUSES } : { limit: INBOX_HISTORY_LIMIT });
  const executions = new Map((await listExecutions(store, merchantId, proposals.map((p) => p.id))).map((e) => [e.proposalId, e]));
  return {
    ...(await guardSettings(store, merchantId, options)),
    proposals: proposals.map((proposal) => ({ proposal, execution: executions.get(proposal.id) ?? null })),
  };
}
