import { z } from 'zod';
import { badInput } from '../domain/errors.js';

/** The factors of an opportunity score and how much each counts; the merchant can move the weights. */

export const OPPORTUNITY_FACTORS = ['demand', 'growth', 'painRelief', 'competition', 'sameness', 'margin'] as const;
export type OpportunityFactorKey = (typeof OPPORTUNITY_FACTORS)[number];
export type OpportunityWeights = Record<OpportunityFactorKey, number>;

/**
 * Defaults for a small factory: whether buyers want it and whether it fixes what they complain
 * about matter most; a rising trend and a good margin next; a crowded, look-alike field costs.
 */
export const DEFAULT_OPPORTUNITY_WEIGHTS: OpportunityWeights = {
  demand: 0.25,
  growth: 0.15,
  painRelief: 0.2,
  competition: 0.15,
  sameness: 0.1,
  margin: 0.15,
};

export const weightsSchema = z
  .object(Object.fromEntries(OPPORTUNITY_FACTORS.map((k) => [k, z.number().finite().min(0).optional()])) as Record<
    OpportunityFactorKey,
    z.ZodOptional<z.ZodNumber>
  >)
  .strict();
export type WeightOverrides = Partial<OpportunityWeights>;

/** The merchant's weights over the defaults, scaled to sum to 1 so scores stay on 0–100. */
export function resolveWeights(overrides: WeightOverrides = {}): OpportunityWeights {
  const merged = { ...DEFAULT_OPPORTUNITY_WEIGHTS, ...overrides };
  const total = OPPORTUNITY_FACTORS.reduce((sum, k) => sum + merged[k], 0);
  if (!(total > 0)) throw badInput({ key: 'weights_all_zero' });
  return Object.fromEntries(OPPORTUNITY_FACTORS.map((k) => [k, merged[k] / total])) as OpportunityWeights;
}
