import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { type ProbabilityClaim, brierScore, expectedCalibrationError } from '../../selection/calibration.js';
import { compareConcepts, type ConceptVariant } from '../../selection/concept-test.js';
import { closedFormNormalLaunch } from '../../selection/launch-closed-form.js';
import { launchPlanSchema } from '../../selection/launch-plan.js';
import { simulateLaunch } from '../../selection/launch-risk.js';
import { createRng, type Rng } from '../../math/random.js';
import { maxOf } from '../../math/summary.js';
import type { EvalSuite } from '../suite.js';

/**
 * Launch risk: the Monte-Carlo against exact normal-demand answers over a grid of plans.
 * Concept tests: real reviews (online_shopping_10_cats) stand in for "would you buy" answers; each
 * category's share of positive reviews is a design's true rate, so the Beta-Binomial comparison's
 * chances, intervals and stop calls can be checked against the truth.
 */

const SEED = 20_261_125;
/** Demand spreads and run sizes a small factory meets: thin to wide uncertainty, short to long first runs. */
const LAUNCH_GRID = [0.15, 0.35, 0.6].flatMap((spread) => [8_000, 15_000, 25_000].map((firstOrder) => ({ spread, firstOrder })));
const CONCEPT_ROUNDS = 400;
/** Answers per design, from a quick poll of past buyers to a paid survey. */
const ANSWERS_PER_VARIANT = [30, 100, 300, 1000];

function launchScores(): Record<string, number> {
  let lossError = 0;
  let profitError = 0;
  let evpiError = 0;
  for (const { spread, firstOrder } of LAUNCH_GRID) {
    const plan = launchPlanSchema.parse({
      mouldCost: 300_000, leadTimeDays: 45, minimumOrder: 5_000, firstOrder, unitCost: 12, price: 49, channelFeeRate: 0.08,
      channelFeePerUnit: 5, sellingWeeks: 26, demand: { kind: 'normal', mean: 16_000, sd: 16_000 * spread }, startDate: '2026-03-01',
      testFirst: { cost: 0, days: 0, noise: 0 },
    });
    const exact = closedFormNormalLaunch(plan);
    const risk = simulateLaunch(plan, { seed: SEED });
    // Money errors as a share of the cash put at stake (mould plus first run), so plans of any size compare.
    const atStake = plan.mouldCost + firstOrder * plan.unitCost;
    lossError = Math.max(lossError, Math.abs(risk.chanceOfLoss - exact.chanceOfLoss));
    profitError = Math.max(profitError, Math.abs(risk.expectedProfit - exact.expectedProfit) / atStake);
    evpiError = Math.max(evpiError, Math.abs(risk.testFirst!.valueOfPerfectInformation - exact.valueOfPerfectInformation) / atStake);
  }
  return {
    'selection.launch.closedFormError': lossError,
    'selection.launch.profitError': profitError,
    'selection.launch.perfectInformationError': evpiError,
  };
}

interface Category {
  name: string;
  labels: boolean[];
  rate: number;
}

/** One category per distinct positive share: designs with equal true rates would make "best" ambiguous. */
async function categoriesWithDistinctRates(file: string): Promise<Category[]> {
  const rows = parse(await readFile(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const labels = new Map<string, boolean[]>();
  for (const r of rows) {
    const list = labels.get(r.cat) ?? [];
    list.push(r.label === '1');
    labels.set(r.cat, list);
  }
  const byRate = new Map<string, Category>();
  for (const [name, list] of labels) {
    const rate = list.filter(Boolean).length / list.length;
    byRate.set(rate.toFixed(4), byRate.get(rate.toFixed(4)) ?? { name, labels: list, rate });
  }
  return [...byRate.values()];
}

function pickDistinct<T>(rng: Rng, items: T[], count: number): T[] {
  const pool = [...items];
  return Array.from({ length: count }, () => pool.splice(rng.index(pool.length), 1)[0]);
}

function conceptScores(categories: Category[]): Record<string, number> {
  const rng = createRng(SEED);
  const claims: ProbabilityClaim[] = [];
  let covered = 0;
  let intervals = 0;
  let stops = 0;
  let rightStops = 0;
  for (let round = 0; round < CONCEPT_ROUNDS; round++) {
    const chosen = pickDistinct(rng, categories, 2 + rng.index(2));
    const answers = ANSWERS_PER_VARIANT[rng.index(ANSWERS_PER_VARIANT.length)];
    const variants: ConceptVariant[] = chosen.map((c) => {
      const yes = Array.from({ length: answers }, () => c.labels[rng.index(c.labels.length)]).filter(Boolean).length;
      return { name: c.name, views: 0, likes: 0, saves: 0, commentScores: [], buyingComments: 0, intentAsked: answers, intentYes: yes };
    });
    const verdict = compareConcepts(variants, { seed: round + 1 });
    const bestRate = maxOf(chosen, (c) => c.rate);
    verdict.variants.forEach((v, i) => {
      claims.push({ probability: v.chanceBest, happened: chosen[i].rate === bestRate });
      intervals++;
      if (v.rates.intent.low <= chosen[i].rate && chosen[i].rate <= v.rates.intent.high) covered++;
    });
    if (verdict.stop) {
      stops++;
      const leaderRate = chosen[verdict.variants.findIndex((v) => v.name === verdict.leader)].rate;
      if (bestRate - leaderRate <= verdict.lossTolerance) rightStops++;
    }
  }
  return {
    'selection.concepts.calibration': expectedCalibrationError(claims),
    'selection.concepts.brier': brierScore(claims),
    'selection.concepts.intervalCoverage': covered / intervals,
    'selection.concepts.stopShare': stops / CONCEPT_ROUNDS,
    'selection.concepts.stopCorrect': stops === 0 ? 1 : rightStops / stops,
  };
}

export const suite: EvalSuite = {
  name: 'selection',
  async run(ctx) {
    const categories = await categoriesWithDistinctRates(`${ctx.sharedDataDir}/online_shopping_10_cats/online_shopping_10_cats.csv`);
    return { ...launchScores(), ...conceptScores(categories) };
  },
};
