/** The money guard's public surface: agents propose, owners decide, the guard executes exactly once. */
export type { Actor } from './actor.js';
export { agentActor } from './actor.js';
export { proposalSubject, readAuditLog, recordAudit } from './audit-log.js';
export type { ChannelRegistry, ChannelSpend, SpendChannel } from './channel.js';
export { confirmSpend, expireStaleProposals, proposalOutcome, rejectSpend, type ProposalOutcome } from './decide.js';
export { executeApproved } from './execute.js';
export { approvalsInbox, type ApprovalsInbox } from './inbox.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { GuardOptions } from './options.js';
export { spendRequestSchema } from './proposal.js';
export { proposeSpend } from './propose.js';
export { reconcileUnfinished } from './reconcile.js';
export { changeGuardLimits, guardSettings, type GuardSettings } from './settings.js';
export type * from '../domain/spend-proposal.js';
export { undoSpend } from './undo.js';
