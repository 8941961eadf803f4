import type { IsoTime, MerchantId } from './types.js';

/** What an agent asks for when an action would spend or commit the merchant's money. */
export interface SpendRequest {
  /** Which digital employee asks, e.g. "promotion". */
  agent: string;
  /** What it wants to do, e.g. "raise_daily_budget", "join_campaign". */
  action: string;
  amountYuan: number;
  /** Where the money goes, e.g. "ad:taobao-ztc", "campaign:pdd-618". */
  channel: string;
  /** One line the shop owner reads before confirming. */
  description: string;
  /** What the channel executor needs to carry the action out. */
  payload: unknown;
  /** The same key always yields the same proposal, so a retried agent never proposes twice. */
  idempotencyKey?: string;
}

/** How many confirmations an amount needs, or whether it is refused outright. */
export type ConfirmationLayer = 'single' | 'double' | 'refused';

export type ProposalStatus =
  | 'pending' // waits for the first confirmation
  | 'awaiting_second' // confirmed once; the second confirmation opens after a cooling-off delay
  | 'approved' // fully confirmed and counted against the budget, not yet sent to the channel
  | 'executing' // claimed by exactly one executor
  | 'executed'
  | 'failed' // the channel refused or errored; nothing was spent
  | 'undone' // executed, then reversed inside the channel's undo window
  | 'rejected'
  | 'expired'
  | 'refused'; // above the cap or over budget: never executable

export interface SpendProposal extends Omit<SpendRequest, 'idempotencyKey'> {
  id: string;
  merchantId: MerchantId;
  idempotencyKey: string | null;
  layer: ConfirmationLayer;
  status: ProposalStatus;
  createdAt: IsoTime;
  expiresAt: IsoTime;
  firstConfirmedBy: string | null;
  firstConfirmedAt: IsoTime | null;
  /** When a double-layer proposal may be confirmed the second time. */
  secondConfirmOpensAt: IsoTime | null;
  secondConfirmedBy: string | null;
  secondConfirmedAt: IsoTime | null;
  /** When it was fully approved: the moment it started counting against the budget. */
  approvedAt: IsoTime | null;
  /** Who closed it without spending (rejected) or why it was refused, expired or failed. */
  closedBy: string | null;
  closedAt: IsoTime | null;
  reason: string | null;
}

export type ExecutionStatus = 'running' | 'done' | 'failed' | 'undone';

/** The one execution of a proposal; the table allows at most one row per proposal. */
export interface SpendExecution {
  merchantId: MerchantId;
  proposalId: string;
  channel: string;
  amountYuan: number;
  status: ExecutionStatus;
  channelReference: string | null;
  startedAt: IsoTime;
  finishedAt: IsoTime | null;
  /** Until when the channel lets the spend be reversed; null when it never does. */
  undoUntil: IsoTime | null;
  undoneAt: IsoTime | null;
  error: string | null;
}

export type AuditAction =
  | 'proposed'
  | 'refused'
  | 'confirmed'
  | 'second_confirmed'
  | 'rejected'
  | 'expired'
  | 'executed'
  | 'execution_failed'
  | 'undone'
  | 'undo_failed'
  | 'limits_changed'
  | (string & {});

/** One line of the append-only audit log: who did what to which subject, when. */
export interface AuditEvent {
  id: string;
  merchantId: MerchantId;
  at: IsoTime;
  /** "account:<id>", "agent:<name>", "cli:<user>" or "system". */
  actor: string;
  /** A readable name for the actor when one is known (the account's name or email). */
  actorLabel: string | null;
  action: AuditAction;
  /** What was acted on, e.g. "spend_proposal:<id>". */
  subject: string | null;
  amountYuan: number | null;
  details: unknown;
}

/** What other capabilities hand to `recordAudit`; the log fills in id and time. */
export type AuditEntry = Omit<AuditEvent, 'id' | 'merchantId' | 'at' | 'actorLabel' | 'amountYuan' | 'details' | 'subject'> & {
  actorLabel?: string | null;
  subject?: string | null;
  amountYuan?: number | null;
  details?: unknown;
  at?: IsoTime;
};

/**
 * The money guard's limits. Defaults fit a small factory shop whose typical ad budget is a few
 * hundred yuan a day; every one can be overridden per merchant (table `budget`).
 */
export interface GuardLimits {
  /** Above this a second confirmation is needed. */
  secondConfirmAboveYuan: number;
  /** Above this the guard refuses; the owner must act in the platform's own console. */
  capYuan: number;
  /** Cooling-off before the second confirmation, so a hasty or tricked tap can be reconsidered. */
  secondConfirmDelayMinutes: number;
  /** Sum of committed spends per calendar day (China time) across all agents. */
  dailyBudgetYuan: number;
  /** Sum of committed spends per calendar month (China time) across all agents. */
  monthlyBudgetYuan: number;
  /** Unconfirmed proposals expire after this; the data they were based on is stale by then. */
  proposalTtlHours: number;
}

/** A merchant's own limits; a missing or null one keeps the default. */
export type LimitOverrides = { [K in keyof GuardLimits]?: number | null };

/** Money already committed (approved, executing or executed) in the current periods. */
export interface BudgetUse {
  todayYuan: number;
  monthYuan: number;
}

/** The fields a transition may change on a proposal. */
export type ProposalPatch = Partial<
  Pick<
    SpendProposal,
    | 'status'
    | 'layer'
    | 'firstConfirmedBy'
    | 'firstConfirmedAt'
    | 'secondConfirmOpensAt'
    | 'secondConfirmedBy'
    | 'secondConfirmedAt'
    | 'approvedAt'
    | 'closedBy'
    | 'closedAt'
    | 'reason'
  >
>;
