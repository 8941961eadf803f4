import { randomBytes } from 'node:crypto';
import type { AdLedger } from '../domain/ad-ledger.js';
import type {
  AuditEvent, BudgetUse, ConfirmationLayer, ExecutionStatus, LimitOverrides, ProposalPatch, ProposalStatus, SpendExecution, SpendProposal,
} from '../domain/spend-proposal.js';
import type { AdChannelSpendTable, AuditEventTable, SpendExecutionTable, SpendProposalTable } from './tables/approvals.js';
import type { Store } from './store.js';

/** The money guard's queries. Status changes are conditional updates, so two writers can never both win. */

const toProposal = (r: SpendProposalTable): SpendProposal => ({
  id: r.id,
  merchantId: r.merchant_id,
  agent: r.agent,
  action: r.action,
  amountYuan: r.amount_yuan,
  channel: r.channel,
  description: r.description,
  payload: JSON.parse(r.payload),
  idempotencyKey: r.idempotency_key,
  layer: r.layer as ConfirmationLayer,
  status: r.status as ProposalStatus,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  firstConfirmedBy: r.first_confirmed_by,
  firstConfirmedAt: r.first_confirmed_at,
  secondConfirmOpensAt: r.second_confirm_opens_at,
  secondConfirmedBy: r.second_confirmed_by,
  secondConfirmedAt: r.second_confirmed_at,
  approvedAt: r.approved_at,
  closedBy: r.closed_by,
  closedAt: r.closed_at,
  reason: r.reason,
});

const PATCH_COLUMNS: Record<keyof ProposalPatch, keyof SpendProposalTable> = {
  status: 'status',
  layer: 'layer',
  firstConfirmedBy: 'first_confirmed_by',
  firstConfirmedAt: 'first_confirmed_at',
  secondConfirmOpensAt: 'second_confirm_opens_at',
  secondConfirmedBy: 'second_confirmed_by',
  secondConfirmedAt: 'second_confirmed_at',
  approvedAt: 'approved_at',
  closedBy: 'closed_by',
  closedAt: 'closed_at',
  reason: 'reason',
};

const toExecution = (r: SpendExecutionTable): SpendExecution => ({
  merchantId: r.merchant_id,
  proposalId: r.proposal_id,
  channel: r.channel,
  amountYuan: r.amount_yuan,
  status: r.status as ExecutionStatus,
  channelReference: r.channel_reference,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  undoUntil: r.undo_until,
  undoneAt: r.undone_at,
  error: r.error,
});

const toAuditEvent = (r: AuditEventTable): AuditEvent => ({
  id: r.id,
  merchantId: r.merchant_id,
  at: r.at,
  actor: r.actor,
  actorLabel: r.actor_label,
  action: r.action,
  subject: r.subject,
  amountYuan: r.amount_yuan,
  details: JSON.parse(r.details),
});

/** Inserts a proposal unless one with the same idempotency key exists; returns the stored one either way. */
export async function insertProposal(store: Store, merchantId: string, p: SpendProposal): Promise<SpendProposal> {
  await store.db
    .insertInto('spend_proposal')
    .values({
      merchant_id: merchantId,
      id: p.id,
      agent: p.agent,
      action: p.action,
      amount_yuan: p.amountYuan,
      channel: p.channel,
      description: p.description,
      payload: JSON.stringify(p.payload ?? null),
      idempotency_key: p.idempotencyKey,
      layer: p.layer,
      status: p.status,
      created_at: p.createdAt,
      expires_at: p.expiresAt,
      first_confirmed_by: p.firstConfirmedBy,
      first_confirmed_at: p.firstConfirmedAt,
      second_confirm_opens_at: p.secondConfirmOpensAt,
      second_confirmed_by: p.secondConfirmedBy,
      second_confirmed_at: p.secondConfirmedAt,
      approved_at: p.approvedAt,
      closed_by: p.closedBy,
      closed_at: p.closedAt,
      reason: p.reason,
    })
    .onConflict((oc) => oc.columns(['merchant_id', 'idempotency_key']).doNothing())
    .execute();
  const stored = p.idempotencyKey
    ? await store.db
        .selectFrom('spend_proposal')
        .selectAll()
        .where('merchant_id', '=', merchantId)
        .where('idempotency_key', '=', p.idempotencyKey)
        .executeTakeFirstOrThrow()
    : undefined;
  return stored ? toProposal(stored) : p;
}

export async function findProposal(store: Store, merchantId: string, id: string): Promise<SpendProposal | undefined> {
  const row = await store.db
    .selectFrom('spend_proposal')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toProposal(row);
}

export async function listProposals(
  store: Store,
  merchantId: string,
  filter: { statuses?: readonly ProposalStatus[]; limit?: number } = {},
): Promise<SpendProposal[]> {
  let q = store.db.selectFrom('spend_proposal').selectAll().where('merchant_id', '=', merchantId);
  if (filter.statuses?.length) q = q.where('status', 'in', [...filter.statuses]);
  q = q.orderBy('created_at', 'desc').orderBy('id');
  if (filter.limit) q = q.limit(filter.limit);
  const rows = await q.execute();
  return rows.map(toProposal);
}

/** Applies a transition only if the proposal is still in status `from`; false when someone else got there first. */
export async function updateProposalIf(
  store: Store,
  merchantId: string,
  id: string,
  from: ProposalStatus,
  patch: ProposalPatch,
): Promise<boolean> {
  const values: Partial<Record<keyof SpendProposalTable, unknown>> = {};
  for (const [key, value] of Object.entries(patch)) values[PATCH_COLUMNS[key as keyof ProposalPatch]] = value;
  const result = await store.db
    .updateTable('spend_proposal')
    .set(values as never)
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Money committed since the start of the budget day and month (UTC instants). */
export async function committedSpend(
  store: Store,
  merchantId: string,
  periods: { dayStart: string; monthStart: string },
  committedStatuses: readonly ProposalStatus[],
): Promise<BudgetUse> {
  const rows = await store.db
    .selectFrom('spend_proposal')
    .select(['amount_yuan', 'approved_at'])
    .where('merchant_id', '=', merchantId)
    .where('status', 'in', [...committedStatuses])
    .where('approved_at', '>=', periods.monthStart)
    .execute();
  let todayYuan = 0;
  let monthYuan = 0;
  for (const r of rows) {
    monthYuan += r.amount_yuan;
    if (r.approved_at! >= periods.dayStart) todayYuan += r.amount_yuan;
  }
  return { todayYuan, monthYuan };
}

/**
 * Reads the merchant's limit overrides and holds a lock until the transaction ends, so confirmations
 * of different proposals are checked against the budget one at a time, across processes too: the
 * upsert takes SQLite's write lock, and on PostgreSQL the merchant's budget row is selected FOR UPDATE.
 */
export async function lockBudget(store: Store, merchantId: string, now: Date): Promise<LimitOverrides> {
  await store.db
    .insertInto('budget')
    .values({ merchant_id: merchantId, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('merchant_id').doNothing())
    .execute();
  let q = store.db.selectFrom('budget').selectAll().where('merchant_id', '=', merchantId);
  if (store.dialect === 'postgres') q = q.forUpdate();
  return toOverrides(await q.executeTakeFirstOrThrow());
}

export async function readLimitOverrides(store: Store, merchantId: string): Promise<LimitOverrides> {
  const row = await store.db.selectFrom('budget').selectAll().where('merchant_id', '=', merchantId).executeTakeFirst();
  return row ? toOverrides(row) : {};
}

const toOverrides = (r: { [k: string]: unknown }): LimitOverrides => ({
  secondConfirmAboveYuan: r.second_confirm_above_yuan as number | null,
  capYuan: r.cap_yuan as number | null,
  secondConfirmDelayMinutes: r.second_confirm_delay_minutes as number | null,
  dailyBudgetYuan: r.daily_budget_yuan as number | null,
  monthlyBudgetYuan: r.monthly_budget_yuan as number | null,
  proposalTtlHours: r.proposal_ttl_hours as number | null,
});

export async function saveLimitOverrides(
  store: Store,
  merchantId: string,
  overrides: LimitOverrides,
  actor: string,
  now: Date,
): Promise<void> {
  const values = {
    second_confirm_above_yuan: overrides.secondConfirmAboveYuan ?? null,
    cap_yuan: overrides.capYuan ?? null,
    second_confirm_delay_minutes: overrides.secondConfirmDelayMinutes ?? null,
    daily_budget_yuan: overrides.dailyBudgetYuan ?? null,
    monthly_budget_yuan: overrides.monthlyBudgetYuan ?? null,
    proposal_ttl_hours: overrides.proposalTtlHours ?? null,
    updated_at: now.toISOString(),
    updated_by: actor,
  };
  await store.db
    .insertInto('budget')
    .values({ merchant_id: merchantId, ...values })
    .onConflict((oc) => oc.column('merchant_id').doUpdateSet(values))
    .execute();
}

/**
 * Claims the right to execute an approved proposal: flips approved → executing and writes the one
 * execution row. Call inside a transaction; exactly one caller ever gets true.
 */
export async function claimExecution(store: Store, merchantId: string, p: SpendProposal, now: Date): Promise<boolean> {
  if (!(await updateProposalIf(store, merchantId, p.id, 'approved', { status: 'executing' }))) return false;
  await store.db
    .insertInto('spend_execution')
    .values({
      merchant_id: merchantId,
      proposal_id: p.id,
      channel: p.channel,
      amount_yuan: p.amountYuan,
      status: 'running',
      started_at: now.toISOString(),
    })
    .execute();
  return true;
}

/** Records what the channel did with a claimed execution. Call inside a transaction. */
export async function finishExecution(
  store: Store,
  merchantId: string,
  proposalId: string,
  outcome: { reference: string; undoUntil: string | null } | { error: string },
  now: Date,
): Promise<void> {
  const ok = 'reference' in outcome;
  await store.db
    .updateTable('spend_execution')
    .set({
      status: ok ? 'done' : 'failed',
      channel_reference: ok ? outcome.reference : null,
      undo_until: ok ? outcome.undoUntil : null,
      error: ok ? null : outcome.error,
      finished_at: now.toISOString(),
    })
    .where('merchant_id', '=', merchantId)
    .where('proposal_id', '=', proposalId)
    .where('status', '=', 'running')
    .execute();
  await updateProposalIf(store, merchantId, proposalId, 'executing', ok
    ? { status: 'executed' }
    : { status: 'failed', closedBy: 'system', closedAt: now.toISOString(), reason: outcome.error });
}

/**
 * Marks an executed spend undone if its undo window is still open; false when it is not (or is already
 * undone). Call inside a transaction.
 */
export async function claimUndo(store: Store, merchantId: string, proposalId: string, actor: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await store.db
    .updateTable('spend_execution')
    .set({ status: 'undone', undone_at: at })
    .where('merchant_id', '=', merchantId)
    .where('proposal_id', '=', proposalId)
    .where('status', '=', 'done')
    .where('undo_until', '>', at)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  return updateProposalIf(store, merchantId, proposalId, 'executed', { status: 'undone', closedBy: actor, closedAt: at });
}

/** Puts an undo claim back when the channel refused the reversal. Call inside a transaction. */
export async function releaseUndo(store: Store, merchantId: string, proposalId: string): Promise<void> {
  await store.db
    .updateTable('spend_execution')
    .set({ status: 'done', undone_at: null })
    .where('merchant_id', '=', merchantId)
    .where('proposal_id', '=', proposalId)
    .where('status', '=', 'undone')
    .execute();
  await updateProposalIf(store, merchantId, proposalId, 'undone', { status: 'executed', closedBy: null, closedAt: null });
}

/** Executions claimed before `startedBefore` whose outcome was never recorded: their process died mid-call. */
export async function listUnfinishedExecutions(store: Store, merchantId: string, startedBefore: string): Promise<SpendExecution[]> {
  const rows = await store.db
    .selectFrom('spend_execution')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('status', '=', 'running')
    .where('started_at', '<', startedBefore)
    .execute();
  return rows.map(toExecution);
}

export async function listExecutions(store: Store, merchantId: string, proposalIds?: string[]): Promise<SpendExecution[]> {
  if (proposalIds && proposalIds.length === 0) return [];
  let q = store.db.selectFrom('spend_execution').selectAll().where('merchant_id', '=', merchantId);
  if (proposalIds) q = q.where('proposal_id', 'in', proposalIds);
  return (await q.orderBy('started_at').execute()).map(toExecution);
}

let auditSequence = 0;
/** Sortable by time, then by order of writing within this process, so a listing replays events in order. */
function auditId(at: string): string {
  auditSequence = (auditSequence + 1) % 1_000_000;
  return `${at}-${String(auditSequence).padStart(6, '0')}-${randomBytes(3).toString('hex')}`;
}

/** Appends one event; there is deliberately no update or delete for this table. */
export async function insertAuditEvent(store: Store, merchantId: string, event: Omit<AuditEvent, 'id' | 'merchantId'>): Promise<AuditEvent> {
  const id = auditId(event.at);
  await store.db
    .insertInto('audit_event')
    .values({
      merchant_id: merchantId,
      id,
      at: event.at,
      actor: event.actor,
      actor_label: event.actorLabel,
      action: event.action,
      subject: event.subject,
      amount_yuan: event.amountYuan,
      details: JSON.stringify(event.details ?? null),
    })
    .execute();
  return { ...event, id, merchantId };
}

/** Newest first; `before` is an event id to page back from. */
export async function listAuditEvents(
  store: Store,
  merchantId: string,
  filter: { subject?: string; before?: string; limit?: number } = {},
): Promise<AuditEvent[]> {
  let q = store.db.selectFrom('audit_event').selectAll().where('merchant_id', '=', merchantId);
  if (filter.subject) q = q.where('subject', '=', filter.subject);
  if (filter.before) q = q.where('id', '<', filter.before);
  const rows = await q.orderBy('id', 'desc').limit(filter.limit ?? 100).execute();
  return rows.map(toAuditEvent);
}

/** A readable name for an account, for the audit log. */
export async function accountLabel(store: Store, merchantId: string, accountId: string): Promise<string | null> {
  const row = await store.db
    .selectFrom('account')
    .select(['display_name', 'email'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', accountId)
    .executeTakeFirst();
  return row ? (row.display_name ?? row.email) : null;
}

/** The simulated ad platform's books, kept in the store so every process sees the same ledger. */
export function adLedger(store: Store): AdLedger {
  return {
    async append(entry) {
      await store.db
        .insertInto('ad_channel_spend')
        .values({
          merchant_id: entry.merchantId,
          id: randomBytes(12).toString('hex'),
          reference: entry.reference,
          proposal_id: entry.proposalId,
          channel: entry.channel,
          amount_yuan: entry.amountYuan,
          kind: entry.kind,
          booked_at: new Date().toISOString(),
        })
        .execute();
    },
    async findSpend(merchantId, proposalId) {
      const row = await store.db
        .selectFrom('ad_channel_spend')
        .select('reference')
        .where('merchant_id', '=', merchantId)
        .where('proposal_id', '=', proposalId)
        .where('kind', '=', 'spend')
        .executeTakeFirst();
      return row?.reference ?? null;
    },
  };
}

export async function listAdChannelSpends(store: Store, merchantId: string): Promise<AdChannelSpendTable[]> {
  return store.db
    .selectFrom('ad_channel_spend')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('booked_at')
    .execute();
}
