/** A model's answer for one unsure clause (see migration 980). */
export interface ModelClauseAnswerTable {
  merchant_id: string;
  /** The model's name as configured (KAIKUAN_LLM_MODEL): another model asks again. */
  model: string;
  /** The clause's normalised text. */
  clause_key: string;
  /** JSON: the pairs kept from the answer, [{ aspect, opinion, polarity }]; [] when none was usable. */
  pairs: string;
  created_at: string;
}

export interface ModelReadingTables {
  model_clause_answer: ModelClauseAnswerTable;
}
