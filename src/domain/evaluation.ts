/** Reserved merchant id for product-wide rows (evaluation runs): a reference table when sharded. */
export const PRODUCT_WIDE = '_kaikuan';

export type Verdict = 'useful' | 'wrong' | 'acted';

/** A merchant's rating of one insight or agent output. */
export interface Feedback {
  merchantId: string;
  id: string;
  /** What was rated: 'painpoint', 'trend', 'opportunity', 'launch', 'customer', 'market', 'agent_task', … */
  capability: string;
  subjectId: string;
  verdict: Verdict;
  reason: string | null;
  createdAt: string;
}

export interface EvalRun {
  id: string;
  at: string;
  scores: Record<string, number>;
  failures: Record<string, string>;
}

/** One merchant active on one day (any signed-in request counts). */
export interface ActiveDay {
  merchantId: string;
  day: string;
}

export interface AiTaskCount {
  merchantId: string;
  month: string;
  tasks: number;
}
