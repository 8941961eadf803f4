import type { Migration } from './migration.js';
import { migration as foundation } from './001_foundation.js';
import { migration as imports } from './010_imports.js';
import { migration as importRejectValues } from './800_import_reject_values.js';
import { migration as orderStatus } from './805_order_status.js';
import { migration as painpointCounts } from './830_painpoint_counts.js';
import { migration as salesByDay } from './840_sales_by_day.js';
import { migration as profitSettings } from './870_profit_settings.js';
import { migration as materials } from './880_materials.js';
import { migration as painpointRatingSquares } from './950_painpoint_rating_squares.js';
import { migration as painpointPosts } from './951_painpoint_posts.js';
import { migration as painpoints } from './100_painpoints.js';
import { migration as trends } from './200_trends.js';
import { migration as selection } from './300_selection.js';
import { migration as evaluation } from './700_evaluation.js';
import { migration as approvals } from './600_approvals.js';
import { migration as agents } from './500_agents.js';
import { migration as launchDecisions } from './860_launch_decisions.js';
import { migration as painpointLearnedGroups } from './910_painpoint_learned_groups.js';
import { migration as painpointCountDays } from './911_painpoint_count_days.js';
import { migration as trendCounts } from './930_trend_counts.js';
import { migration as modelClauseAnswers } from './980_model_clause_answers.js';
import { migration as buyerOrderDays } from './990_buyer_order_days.js';

/** Every migration, in the order it runs. Capabilities append theirs. */
export const migrations: Migration[] = [
  foundation,
  imports,
  painpoints,
  trends,
  selection,
  evaluation,
  approvals,
  agents,
  importRejectValues,
  orderStatus,
  painpointCounts,
  salesByDay,
  launchDecisions,
  profitSettings,
  materials,
  painpointLearnedGroups,
  painpointCountDays,
  trendCounts,
  painpointRatingSquares,
  painpointPosts,
  modelClauseAnswers,
  buyerOrderDays,
];
