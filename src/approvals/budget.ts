import type { ErrorMessage } from '../domain/errors.js';
import type { BudgetUse, GuardLimits } from '../domain/spend-proposal.js';
import { roundToFen } from './layers.js';

/** The shops are in mainland China (UTC+8, no daylight saving): a budget day is a Beijing-time day. */
const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;

/** Where the current budget day and month begin, as UTC instants. */
export function budgetPeriods(now: Date): { dayStart: string; monthStart: string } {
  const local = new Date(now.getTime() + CHINA_UTC_OFFSET_MS);
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - CHINA_UTC_OFFSET_MS;
  const month = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - CHINA_UTC_OFFSET_MS;
  return { dayStart: new Date(day).toISOString(), monthStart: new Date(month).toISOString() };
}

export interface BudgetStanding extends BudgetUse {
  dailyBudgetYuan: number;
  monthlyBudgetYuan: number;
  remainingTodayYuan: number;
  remainingMonthYuan: number;
}

export function budgetStanding(use: BudgetUse, limits: GuardLimits): BudgetStanding {
  return {
    todayYuan: roundToFen(use.todayYuan),
    monthYuan: roundToFen(use.monthYuan),
    dailyBudgetYuan: limits.dailyBudgetYuan,
    monthlyBudgetYuan: limits.monthlyBudgetYuan,
    remainingTodayYuan: roundToFen(Math.max(0, limits.dailyBudgetYuan - use.todayYuan)),
    remainingMonthYuan: roundToFen(Math.max(0, limits.monthlyBudgetYuan - use.monthYuan)),
  };
}

/** Why committing `amountYuan` now would break a budget, or undefined when it fits. */
export function budgetProblem(amountYuan: number, use: BudgetUse, limits: GuardLimits): ErrorMessage | undefined {
  // Compared in fen so 0.1 + 0.2 style drift cannot push a spend that exactly fills the budget over it.
  const fen = (yuan: number) => Math.round(yuan * 100);
  if (fen(use.todayYuan) + fen(amountYuan) > fen(limits.dailyBudgetYuan)) {
    return { key: 'over_daily_budget', params: { used: roundToFen(use.todayYuan), budget: limits.dailyBudgetYuan } };
  }
  if (fen(use.monthYuan) + fen(amountYuan) > fen(limits.monthlyBudgetYuan)) {
    return { key: 'over_monthly_budget', params: { used: roundToFen(use.monthYuan), budget: limits.monthlyBudgetYuan } };
  }
  return undefined;
}
