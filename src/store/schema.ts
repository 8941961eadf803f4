import type { AgentsTables } from './tables/agents.js';
import type { ApprovalsTables } from './tables/approvals.js';
import type { EvaluationTables } from './tables/evaluation.js';
import type { FoundationTables } from './tables/foundation.js';
import type { ImportsTables } from './tables/imports.js';
import type { MaterialsTables } from './tables/materials.js';
import type { ModelReadingTables } from './tables/model-reading.js';
import type { PainPointsTables } from './tables/painpoints.js';
import type { ProfitTables } from './tables/profit.js';
import type { SelectionTables } from './tables/selection.js';
import type { TrendsTables } from './tables/trends.js';

/**
 * The typed query layer's view of the database. Each capability's row types live in
 * `tables/<capability>.ts`, written as the tables stand after the last migration (migrations only
 * migrate); `schema.test.ts` checks them against the migrated database on SQLite and PostgreSQL.
 * Every table is keyed by merchant_id first so the data can be sharded by merchant (Citus) when
 * one machine is outgrown. A capability adds `& TheirTables` below.
 */
export type Database = FoundationTables &
  ImportsTables &
  PainPointsTables &
  TrendsTables &
  SelectionTables &
  AgentsTables &
  ApprovalsTables &
  EvaluationTables &
  ProfitTables &
  MaterialsTables &
  ModelReadingTables;
