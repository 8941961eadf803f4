import type { GuardLimits, LimitOverrides } from '../domain/spend-proposal.js';

/** One day's typical 直通车 budget for these shops: below it a single tap is enough friction. */
export const SECOND_CONFIRM_ABOVE_YUAN = 500;
/** About ten days of typical ad spend in one action: beyond what an agent should ever move, even with two taps. */
export const SPEND_CAP_YUAN = 3_000;
/** Long enough to notice a mistake (or a prompt-injected agent), short enough to act the same hour. */
export const SECOND_CONFIRM_DELAY_MINUTES = 10;
/**
 * Equal to the cap, so any single allowed spend can still fit an untouched day, while several agents
 * together cannot run past what one capped action may move.
 */
export const DAILY_BUDGET_YUAN = SPEND_CAP_YUAN;
/** Roughly what a small shop budgets for all paid promotion in a month. */
export const MONTHLY_BUDGET_YUAN = 30_000;
/** Owners check their phone at least daily; bids and campaign slots based on older data are stale. */
export const PROPOSAL_TTL_HOURS = 48;

export const DEFAULT_LIMITS: GuardLimits = {
  secondConfirmAboveYuan: SECOND_CONFIRM_ABOVE_YUAN,
  capYuan: SPEND_CAP_YUAN,
  secondConfirmDelayMinutes: SECOND_CONFIRM_DELAY_MINUTES,
  dailyBudgetYuan: DAILY_BUDGET_YUAN,
  monthlyBudgetYuan: MONTHLY_BUDGET_YUAN,
  proposalTtlHours: PROPOSAL_TTL_HOURS,
};

/** The merchant's overrides on top of the defaults; a missing or null override keeps the default. */
export function resolveLimits(overrides: LimitOverrides = {}): GuardLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof GuardLimits)[]) {
    const value = overrides[key];
    if (value !== undefined && value !== null) limits[key] = value;
  }
  return limits;
}

/** Why a set of limits makes no sense, or undefined when it does. */
export function limitsProblem(limits: GuardLimits): string | undefined {
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value < 0) return `${key} must be a non-negative number`;
  }
  if (limits.secondConfirmAboveYuan > limits.capYuan) return 'secondConfirmAboveYuan cannot exceed capYuan';
  if (limits.dailyBudgetYuan > limits.monthlyBudgetYuan) return 'dailyBudgetYuan cannot exceed monthlyBudgetYuan';
  if (limits.proposalTtlHours * 60 <= limits.secondConfirmDelayMinutes) {
    return 'proposals must live longer than the second-confirmation delay';
  }
  return undefined;
}
