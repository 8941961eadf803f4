import { insertAuditEvent, listAuditEvents } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import type { AuditEntry, AuditEvent } from '../domain/spend-proposal.js';

/**
 * Appends one event to the merchant's audit log. Other capabilities call this for anything a shop
 * owner may later ask "who did that?" about; the log has no update or delete path.
 */
export async function recordAudit(store: Store, merchantId: string, entry: AuditEntry): Promise<AuditEvent> {
  return insertAuditEvent(store, merchantId, {
    at: entry.at ?? new Date().toISOString(),
    actor: entry.actor,
    actorLabel: entry.actorLabel ?? null,
    action: entry.action,
    subject: entry.subject ?? null,
    amountYuan: entry.amountYuan ?? null,
    details: entry.details ?? null,
  });
}

export async function readAuditLog(
  store: Store,
  merchantId: string,
  filter: { subject?: string; before?: string; limit?: number } = {},
): Promise<AuditEvent[]> {
  return listAuditEvents(store, merchantId, filter);
}

/** How audit events name a proposal. */
export const proposalSubject = (proposalId: string): string => `spend_proposal:${proposalId}`;
