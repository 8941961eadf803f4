import type { IsoTime } from './types.js';
import type { AgentRole } from './agent-roles.js';

/**
 * How a task ended: the agent's result (done, needs_human when it handed something to the owner,
 * proposed when it asked the money guard, failed), then the owner's verdict once reviewed.
 */
export type TaskOutcome = 'done' | 'needs_human' | 'proposed' | 'failed' | 'accepted' | 'rejected';

export const REVIEW_OUTCOMES = ['accepted', 'rejected'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface AgentTask {
  id: string;
  role: AgentRole;
  task: string;
  input: unknown;
  output: unknown;
  askedBy: string;
  parentId: string | null;
  createdAt: IsoTime;
  finishedAt: IsoTime | null;
  outcome: TaskOutcome;
  provider: string;
  note: string | null;
  reviewedBy: string | null;
  reviewedAt: IsoTime | null;
}

/** An answer the merchant gave (or accepted) before; reused when a buyer asks the same thing. */
export interface PastAnswer {
  id: string;
  productId: string | null;
  question: string;
  answer: string;
}
