import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

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

export const migration: Migration = {
  name: '500_agents',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('agent_task')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('role', col.text, (c) => c.notNull())
      .addColumn('task', col.text, (c) => c.notNull())
      .addColumn('input', col.text, (c) => c.notNull())
      .addColumn('output', col.text)
      .addColumn('asked_by', col.text, (c) => c.notNull())
      .addColumn('parent_id', col.text)
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addColumn('finished_at', col.text)
      .addColumn('outcome', col.text, (c) => c.notNull())
      .addColumn('provider', col.text, (c) => c.notNull())
      .addColumn('note', col.text)
      .addColumn('reviewed_by', col.text)
      .addColumn('reviewed_at', col.text)
      .addPrimaryKeyConstraint('agent_task_pk', ['merchant_id', 'id'])
      .execute();
    // The inbox lists a merchant's newest tasks first.
    await db.schema.createIndex('agent_task_time_ix').ifNotExists().on('agent_task').columns(['merchant_id', 'created_at']).execute();
    await db.schema
      .createTable('service_answer')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('product_id', col.text)
      .addColumn('question', col.text, (c) => c.notNull())
      .addColumn('answer', col.text, (c) => c.notNull())
      .addColumn('source', col.text, (c) => c.notNull())
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('service_answer_pk', ['merchant_id', 'id'])
      .execute();
  },
};
