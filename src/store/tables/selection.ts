/** Saved launch calculations: the plan as the merchant entered it, so it can be rerun as data changes. */
export interface SelectionLaunchPlanTable {
  merchant_id: string;
  id: string;
  name: string;
  plan: string;
  created_at: string;
}

export interface SelectionConceptTestTable {
  merchant_id: string;
  id: string;
  name: string;
  /** The rate that decides (like, save, warmComment, intent); null lets the comparison pick. */
  decide_by: string | null;
  created_at: string;
}

/** Reaction totals of one design variant, as the platform dashboards show them (overwritten, not summed). */
export interface SelectionConceptVariantTable {
  merchant_id: string;
  test_id: string;
  name: string;
  views: number;
  likes: number;
  saves: number;
  intent_asked: number;
  intent_yes: number;
  updated_at: string;
}

/** Comments on a variant with the sentiment model's P(positive), scored once when recorded. */
export interface SelectionConceptCommentTable {
  merchant_id: string;
  test_id: string;
  id: string;
  variant: string;
  text: string;
  sentiment: number;
  created_at: string;
}

/** The merchant's opportunity-score weights (JSON of factor → weight). */
export interface SelectionWeightsTable {
  merchant_id: string;
  weights: string;
  updated_at: string;
}

/** 开模 / 再测 / 放弃 after a concept test, with the test's result then (JSON). */
export interface SelectionLaunchDecisionTable {
  merchant_id: string;
  id: string;
  idea: string;
  test_id: string;
  decision: string;
  result: string;
  decided_at: string;
}

export interface SelectionTables {
  selection_launch_plan: SelectionLaunchPlanTable;
  selection_concept_test: SelectionConceptTestTable;
  selection_concept_variant: SelectionConceptVariantTable;
  selection_concept_comment: SelectionConceptCommentTable;
  selection_weights: SelectionWeightsTable;
  selection_launch_decision: SelectionLaunchDecisionTable;
}
