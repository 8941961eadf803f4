import { AppError, type ErrorMessage } from '../domain/errors.js';
import { z } from 'zod';
import { budgetProblem } from './budget.js';
import { confirmationLayer, roundToFen } from './layers.js';
import type { BudgetUse, GuardLimits, SpendProposal, SpendRequest } from '../domain/spend-proposal.js';

/** Agents and API callers are both untrusted edges: every request is parsed before the guard looks at it. */
export const spendRequestSchema = z.object({
  agent: z.string().trim().min(1).max(60),
  action: z.string().trim().min(1).max(80),
  amountYuan: z.number().finite().positive(),
  channel: z.string().trim().min(1).max(80),
  description: z.string().trim().min(1).max(500),
  payload: z.unknown(),
  idempotencyKey: z.string().min(1).max(200).optional(),
});

/** A new proposal: pending, or refused on the spot when it is above the cap or cannot fit the budget. */
export function draftProposal(
  request: SpendRequest,
  context: { id: string; merchantId: string; now: Date; limits: GuardLimits; use: BudgetUse },
): SpendProposal {
  const { id, merchantId, now, limits, use } = context;
  const amountYuan = roundToFen(request.amountYuan);
  const layer = confirmationLayer(amountYuan, limits);
  const problem: ErrorMessage | undefined =
    layer === 'refused' ? { key: 'above_cap', params: { amount: amountYuan, cap: limits.capYuan } } : budgetProblem(amountYuan, use, limits);
  // Stored as text with the proposal (English, as before); the key is not kept yet.
  const refusal = problem && new AppError('refused', problem).message;
  const at = now.toISOString();
  return {
    id,
    merchantId,
    agent: request.agent,
    action: request.action,
    amountYuan,
    channel: request.channel,
    description: request.description,
    payload: request.payload ?? null,
    idempotencyKey: request.idempotencyKey ?? null,
    layer,
    status: refusal ? 'refused' : 'pending',
    createdAt: at,
    expiresAt: new Date(now.getTime() + limits.proposalTtlHours * 3_600_000).toISOString(),
    firstConfirmedBy: null,
    firstConfirmedAt: null,
    secondConfirmOpensAt: null,
    secondConfirmedBy: null,
    secondConfirmedAt: null,
    approvedAt: null,
    closedBy: refusal ? 'system' : null,
    closedAt: refusal ? at : null,
    reason: refusal ?? null,
  };
}
