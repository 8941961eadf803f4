import { proposeSpend } from '../../approvals/propose.js';
import type { SpendRequest } from '../../domain/spend-proposal.js';
import type { AgentWorkplace } from './workplace.js';

export interface ProposalSummary {
  proposalId: string;
  action: string;
  amountYuan: number;
  status: string;
  layer: string;
  reason: string | null;
}

/** Hands each request to the money guard; the agents never execute a spend themselves. */
export async function proposeAll(place: AgentWorkplace, merchantId: string, requests: SpendRequest[]): Promise<ProposalSummary[]> {
  const proposals: ProposalSummary[] = [];
  for (const request of requests) {
    const p = await proposeSpend(place.store, merchantId, request, { now: place.now(), ...place.guard });
    proposals.push({ proposalId: p.id, action: p.action, amountYuan: p.amountYuan, status: p.status, layer: p.layer, reason: p.reason });
  }
  return proposals;
}
