import { z } from 'zod';
import { parseInput } from './parse-input.js';

/**
 * What the merchant tells us about a new style before paying for the mould. Parsed once at the
 * edge (CLI flags, API body) with `launchPlanSchema`; everything inside trusts these types.
 */

const units = z.number().finite().nonnegative();
/** Far more similar products than any small factory has; the cap only keeps a request body bounded. */
const MAX_HISTORY_SEASONS = 10_000;
const yuan = z.number().finite().nonnegative();

/** Demand over the whole selling season, in units, at the plan's price (or at the elasticity's reference price). */
export const demandEstimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), units }),
  z.object({ kind: z.literal('normal'), mean: units, sd: units }),
  /** The merchant's own guess: low / most likely / high, read as a triangular distribution. */
  z
    .object({ kind: z.literal('range'), low: units, likely: units, high: units })
    .refine((r) => r.low <= r.likely && r.likely <= r.high && r.low < r.high, {
      message: 'range_order',
    }),
  /**
   * Season sales of similar products (same category, same season length), resampled; `smooth` (the
   * default) spreads each past season a little, since the next style will not repeat any of them exactly.
   */
  z.object({ kind: z.literal('history'), units: z.array(units).min(1).max(MAX_HISTORY_SEASONS), smooth: z.boolean().default(true) }),
]);
export type DemandEstimate = z.infer<typeof demandEstimateSchema>;

/** Constant-elasticity demand: units scale by (price / referencePrice) ^ elasticity; elasticity is usually negative. */
export const elasticitySchema = z.object({
  referencePrice: z.number().finite().positive(),
  elasticity: z.number().finite().min(-10).max(0),
});

/** A sample plus a small concept test usually reads demand to within a factor of about 1.65 either way. */
const TYPICAL_TEST_NOISE = 0.5;

/** A cheap test before the mould: a sample or 3D print plus a concept test with real buyers. */
export const testFirstSchema = z.object({
  cost: yuan,
  days: z.number().finite().nonnegative(),
  /**
   * How far the test's demand signal can be off, as the standard deviation of log(signal / true demand).
   * 0 is a perfect test; 0.5 means the signal is usually within a factor of 1.65 of the truth.
   */
  noise: z.number().finite().nonnegative().max(3).default(TYPICAL_TEST_NOISE),
});
export type TestFirstPlan = z.infer<typeof testFirstSchema>;

export const launchPlanSchema = z
  .object({
    mouldCost: yuan,
    /** Days from ordering the mould to the first sale (tooling, samples, first production run, shipping). */
    leadTimeDays: z.number().finite().nonnegative(),
    /** The factory's minimum order quantity; restocks come in batches of this size. */
    minimumOrder: z.number().int().positive(),
    /** Units in the first production run; defaults to the minimum order. */
    firstOrder: z.number().int().positive().optional(),
    unitCost: yuan,
    price: z.number().finite().positive(),
    /** Platform commission plus payment fees, as a share of the selling price. */
    channelFeeRate: z.number().finite().min(0).max(1).default(0),
    /** Per-unit shipping, packaging and fulfilment. */
    channelFeePerUnit: yuan.default(0),
    /** What an unsold unit fetches at season end (clearance); 0 when it rots in the warehouse. */
    salvageValue: yuan.default(0),
    /** Whether the factory reruns when the first order sells out (in minimum-order batches). */
    restock: z.boolean().default(false),
    sellingWeeks: z.number().finite().positive(),
    demand: demandEstimateSchema,
    elasticity: elasticitySchema.optional(),
    /** The day the mould would be ordered (ISO date); payback dates count from here. */
    startDate: z.iso.date(),
    testFirst: testFirstSchema.optional(),
  })
  .refine((p) => p.firstOrder === undefined || p.firstOrder >= p.minimumOrder, {
    message: 'first_below_minimum',
    path: ['firstOrder'],
  });
export type LaunchPlan = z.infer<typeof launchPlanSchema>;
export type LaunchPlanInput = z.input<typeof launchPlanSchema>;

/** Demand read from the merchant's own similar products; the store turns it into `history` before parsing. */
export const similarDemandSchema = z.object({ kind: z.literal('similar'), category: z.string().min(1) });

/** A plan as saved: demand may still point at similar products, so a rerun reads the latest sales. */
export type LaunchPlanDraft = Omit<LaunchPlanInput, 'demand'> & { demand: LaunchPlanInput['demand'] | z.infer<typeof similarDemandSchema> };

/** Turns untrusted input into a plan, or a bad-input error naming each field that is wrong. */
export function parseLaunchPlan(raw: unknown): LaunchPlan {
  return parseInput(launchPlanSchema, raw, 'launch_plan');
}
