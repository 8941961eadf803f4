/** Spend proposals from agents; `status` moves only through conditional updates (see store/approvals.ts). */
export interface SpendProposalTable {
  merchant_id: string;
  id: string;
  agent: string;
  action: string;
  amount_yuan: number;
  channel: string;
  description: string;
  payload: string;
  idempotency_key: string | null;
  layer: string;
  status: string;
  created_at: string;
  expires_at: string;
  first_confirmed_by: string | null;
  first_confirmed_at: string | null;
  second_confirm_opens_at: string | null;
  second_confirmed_by: string | null;
  second_confirmed_at: string | null;
  approved_at: string | null;
  closed_by: string | null;
  closed_at: string | null;
  reason: string | null;
}

/** At most one row per proposal: the key is the last line of defence against a double spend. */
export interface SpendExecutionTable {
  merchant_id: string;
  proposal_id: string;
  channel: string;
  amount_yuan: number;
  status: string;
  channel_reference: string | null;
  started_at: string;
  finished_at: string | null;
  undo_until: string | null;
  undone_at: string | null;
  error: string | null;
}

/** The merchant's overrides of the guard's limits; null keeps the default. */
export interface BudgetTable {
  merchant_id: string;
  second_confirm_above_yuan: number | null;
  cap_yuan: number | null;
  second_confirm_delay_minutes: number | null;
  daily_budget_yuan: number | null;
  monthly_budget_yuan: number | null;
  proposal_ttl_hours: number | null;
  updated_at: string;
  updated_by: string | null;
}

/** Append-only: triggers refuse UPDATE and DELETE on both databases. */
export interface AuditEventTable {
  merchant_id: string;
  id: string;
  at: string;
  actor: string;
  actor_label: string | null;
  action: string;
  subject: string | null;
  amount_yuan: number | null;
  details: string;
}

/** The simulated ad platform's own books; no unique key, so a double execution would show as two rows. */
export interface AdChannelSpendTable {
  merchant_id: string;
  id: string;
  reference: string;
  proposal_id: string;
  channel: string;
  amount_yuan: number;
  kind: string;
  booked_at: string;
}

export interface ApprovalsTables {
  spend_proposal: SpendProposalTable;
  spend_execution: SpendExecutionTable;
  budget: BudgetTable;
  audit_event: AuditEventTable;
  ad_channel_spend: AdChannelSpendTable;
}
