/** One job a digital employee did: what it was given, what it produced, who asked, when, and how it ended. */
export interface AgentTaskTable {
  merchant_id: string;
  id: string;
  role: string;
  task: string;
  /** JSON. */
  input: string;
  /** JSON; null while running or when it failed. */
  output: string | null;
  /** "account:<id>", "cli" or "agent:manager" when the store manager assigned it. */
  asked_by: string;
  /** The store manager's plan task that assigned this one. */
  parent_id: string | null;
  created_at: string;
  finished_at: string | null;
  /** done | needs_human | proposed | failed, then accepted | rejected once the owner reviews it. */
  outcome: string;
  /** Which LLM wrote the text: "offline" or "openai-compatible:<model>". */
  provider: string;
  /** Why a model's text was not used, or what failed. */
  note: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

/** Answers the owner gave or accepted; the customer-service specialist reuses them for the same question. */
export interface ServiceAnswerTable {
  merchant_id: string;
  id: string;
  product_id: string | null;
  question: string;
  answer: string;
  /** "owner" when typed by the owner, or the agent task id it was accepted from. */
  source: string;
  created_at: string;
}

export interface AgentsTables {
  agent_task: AgentTaskTable;
  service_answer: ServiceAnswerTable;
}
