export interface EvaluationTables {
  /** Product-wide evaluation runs, under the reserved merchant id PRODUCT_WIDE. */
  eval_run: { merchant_id: string; id: string; at: string; scores: string; failures: string };
  feedback: {
    merchant_id: string; id: string; capability: string; subject_id: string; verdict: 'useful' | 'wrong' | 'acted';
    reason: string | null; account_id: string | null; created_at: string;
  };
  active_day: { merchant_id: string; day: string; account_id: string };
}
