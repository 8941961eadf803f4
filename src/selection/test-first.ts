import { seasonOutcome } from './launch-economics.js';
import type { LaunchPlan, TestFirstPlan } from './launch-plan.js';
import type { Rng } from '../math/random.js';
import { DAYS_PER_WEEK } from './time.js';

/**
 * Is a sample or 3D print plus a concept test worth its cost and delay before paying for the mould?
 * The test gives a noisy reading of demand; the merchant then opens the mould only when the reading
 * clears a threshold. Its value is what that choice earns over deciding now.
 */

export type LaunchAdvice = 'test-first' | 'launch' | 'do-not-launch';

export interface TestFirstValue {
  /** Expected profit deciding now: launch if the expected profit is positive, otherwise keep the money (0). */
  decideNow: number;
  /** Expected profit testing first, after the test's cost and the season lost to its delay. */
  testFirst: number;
  /** testFirst − decideNow: what the test is worth; negative means skip it. */
  valueOfTesting: number;
  /** Upper bound: what knowing demand exactly would be worth (expected value of perfect information). */
  valueOfPerfectInformation: number;
  /** Open the mould when the test's demand reading is at least this many units (null: never worth opening). */
  launchWhenTestShowsUnits: number | null;
  /** How often the test would say "go". */
  chanceTestSaysGo: number;
  advice: LaunchAdvice;
}

/** Best threshold on the signal: the cut that maximises the summed profit of the draws at or above it (ties move together). */
function bestThreshold(signals: Float64Array, profits: Float64Array): { total: number; threshold: number | null; go: number } {
  const order = Array.from(signals.keys()).sort((a, b) => signals[b] - signals[a]);
  let running = 0;
  let best = { total: 0, threshold: null as number | null, go: 0 };
  for (let rank = 0; rank < order.length; rank++) {
    running += profits[order[rank]];
    const lastOfTie = rank === order.length - 1 || signals[order[rank + 1]] !== signals[order[rank]];
    if (lastOfTie && running > best.total) best = { total: running, threshold: signals[order[rank]], go: rank + 1 };
  }
  return best;
}

export function valueOfTestingFirst(
  plan: LaunchPlan,
  test: TestFirstPlan,
  demand: Float64Array,
  profits: Float64Array,
  rng: Rng,
): TestFirstValue {
  const draws = demand.length;
  let profitSum = 0;
  let positiveSum = 0;
  for (let i = 0; i < draws; i++) {
    profitSum += profits[i];
    positiveSum += Math.max(0, profits[i]);
  }
  const decideNow = Math.max(0, profitSum / draws);

  // Seasonal goods: weeks spent testing are weeks the product is not on sale.
  const seasonLeft = Math.max(0, 1 - test.days / DAYS_PER_WEEK / plan.sellingWeeks);
  const signals = new Float64Array(draws);
  const delayedProfits = new Float64Array(draws);
  for (let i = 0; i < draws; i++) {
    const delayedDemand = demand[i] * seasonLeft;
    delayedProfits[i] = seasonOutcome(plan, delayedDemand).profit;
    signals[i] = delayedDemand * Math.exp(test.noise * rng.normal());
  }
  // The threshold is fitted on the same draws it is scored on; with thousands of draws and one
  // parameter the optimism is far below the Monte-Carlo error.
  const best = bestThreshold(signals, delayedProfits);
  const testFirst = best.total / draws - test.cost;
  const valueOfTesting = testFirst - decideNow;
  return {
    decideNow,
    testFirst,
    valueOfTesting,
    valueOfPerfectInformation: positiveSum / draws - decideNow,
    launchWhenTestShowsUnits: best.threshold,
    chanceTestSaysGo: best.go / draws,
    advice: valueOfTesting > 0 ? 'test-first' : decideNow > 0 ? 'launch' : 'do-not-launch',
  };
}
