import type { AiTaskCount, ActiveDay, EvalRun, Feedback } from '../domain/evaluation.js';
import { retentionByCohort, weeklyActiveMerchants, type CohortRetention } from './usage.js';

export interface FeedbackSummary {
  capability: string;
  useful: number;
  wrong: number;
  acted: number;
  /** Useful (or acted on) out of all ratings; null when nobody rated. */
  usefulRate: number | null;
  reasons: string[];
}

export interface Scorecard {
  month: string;
  /** The latest evaluation run in the month, and the change of each score against the previous month's latest run. */
  scores: Record<string, number>;
  change: Record<string, number>;
  evalRuns: number;
  feedback: FeedbackSummary[];
  usage: {
    weeklyActive: { week: string; merchants: number }[];
    retention: CohortRetention[];
    aiTasks: number;
    insightsActedOn: number;
    activeMerchants: number;
  };
}

/** How many example reasons to show per capability: enough to see a pattern, few enough to read. */
const REASONS_SHOWN = 5;

const inMonth = (iso: string, month: string) => iso.slice(0, 7) === month;

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function latestIn(runs: EvalRun[], month: string): EvalRun | undefined {
  return runs.filter((r) => inMonth(r.at, month)).sort((a, b) => a.at.localeCompare(b.at)).at(-1);
}

export function summariseFeedback(feedback: Feedback[]): FeedbackSummary[] {
  const groups = new Map<string, Feedback[]>();
  for (const f of feedback) groups.set(f.capability, [...(groups.get(f.capability) ?? []), f]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([capability, list]) => {
    const count = (v: Feedback['verdict']) => list.filter((f) => f.verdict === v).length;
    const [useful, wrong, acted] = [count('useful'), count('wrong'), count('acted')];
    return {
      capability, useful, wrong, acted,
      usefulRate: list.length ? (useful + acted) / list.length : null,
      reasons: list.filter((f) => f.verdict === 'wrong' && f.reason).slice(-REASONS_SHOWN).map((f) => f.reason!),
    };
  });
}

/** The month's scorecard: model scores on gold data, what merchants said, and how much Kaikuan was used. */
export function buildScorecard(
  month: string,
  runs: EvalRun[],
  feedback: Feedback[],
  activity: ActiveDay[],
  aiTasks: AiTaskCount[],
): Scorecard {
  const current = latestIn(runs, month);
  const before = latestIn(runs, previousMonth(month));
  const scores = current?.scores ?? {};
  const change: Record<string, number> = {};
  if (before) for (const [k, v] of Object.entries(scores)) if (k in before.scores) change[k] = v - before.scores[k];
  const monthFeedback = feedback.filter((f) => inMonth(f.createdAt, month));
  const monthActivity = activity.filter((a) => inMonth(a.day, month));
  return {
    month,
    scores,
    change,
    evalRuns: runs.filter((r) => inMonth(r.at, month)).length,
    feedback: summariseFeedback(monthFeedback),
    usage: {
      weeklyActive: weeklyActiveMerchants(monthActivity),
      retention: retentionByCohort(activity.filter((a) => a.day.slice(0, 7) <= month)),
      aiTasks: aiTasks.filter((t) => t.month === month).reduce((s, t) => s + t.tasks, 0),
      insightsActedOn: monthFeedback.filter((f) => f.verdict === 'acted').length,
      activeMerchants: new Set(monthActivity.map((a) => a.merchantId)).size,
    },
  };
}
