/** Product-wide evaluation runs, under the reserved merchant id PRODUCT_WIDE. */
export interface EvalRunTable {
  merchant_id: string;
  id: string;
  at: string;
  /** JSON: dotted metric key → value. */
  scores: string;
  /** JSON: the suites that failed and why. */
  failures: string;
}

/** A merchant's rating of one insight; feeds the monthly scorecard. */
export interface FeedbackTable {
  merchant_id: string;
  id: string;
  capability: string;
  subject_id: string;
  verdict: 'useful' | 'wrong' | 'acted';
  reason: string | null;
  account_id: string | null;
  created_at: string;
}

/** One row per account per day it used the product (usage metrics). */
export interface ActiveDayTable {
  merchant_id: string;
  day: string;
  account_id: string;
}

export interface EvaluationTables {
  eval_run: EvalRunTable;
  feedback: FeedbackTable;
  active_day: ActiveDayTable;
}
