import { readFileSync } from 'node:fs';
import { AppError } from '../../domain/errors.js';
import { DEMO_MERCHANT } from '../../demo/catalogue.js';
import type { LaunchPlanDraft } from '../../selection/launch-plan.js';
import { launchRiskFor, type LaunchRiskWithSeasons } from '../../services/selection.js';
import { saveLaunchPlan } from '../../store/selection.js';
import { type CommandArgs, type Command, optionalString } from '../command.js';
import { say, term } from '../say.js';

/** Flags that are numbers, by plan field. */
const NUMBER_FLAGS = {
  mould: 'mouldCost',
  'lead-days': 'leadTimeDays',
  moq: 'minimumOrder',
  'first-order': 'firstOrder',
  'unit-cost': 'unitCost',
  price: 'price',
  'fee-rate': 'channelFeeRate',
  'fee-per-unit': 'channelFeePerUnit',
  salvage: 'salvageValue',
  weeks: 'sellingWeeks',
} as const;

/** Numbers that are not plan fields one-to-one: demand, elasticity, test-first and simulation settings. */
const OTHER_NUMBER_FLAGS = ['demand', 'low', 'likely', 'high', 'mean', 'sd', 'elasticity', 'reference-price', 'test-cost', 'test-days', 'test-noise', 'seed', 'draws'] as const;

/** A numeric option, or a bad-input error naming it; shared by the selection commands. */
export function numberFlag(args: CommandArgs, name: string): number | undefined {
  const raw = optionalString(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new AppError('bad_input', { key: 'option_number', params: { flag: name, value: raw } });
  return value;
}

function demandFromFlags(args: CommandArgs): unknown {
  const similar = optionalString(args, 'similar');
  if (similar) return { kind: 'similar', category: similar };
  const [low, likely, high, mean, sd, units] = ['low', 'likely', 'high', 'mean', 'sd', 'demand'].map((f) => numberFlag(args, f));
  if (mean !== undefined) return { kind: 'normal', mean, sd: sd ?? 0 };
  if (low !== undefined || high !== undefined) return { kind: 'range', low, likely: likely ?? ((low ?? 0) + (high ?? 0)) / 2, high };
  if (units !== undefined) return { kind: 'fixed', units };
  return undefined;
}

/** The plan from --plan FILE (JSON) with any flags laid over it. */
function rawPlan(args: CommandArgs): Record<string, unknown> {
  const file = optionalString(args, 'plan');
  const plan: Record<string, unknown> = file ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const [flag, field] of Object.entries(NUMBER_FLAGS)) {
    const value = numberFlag(args, flag);
    if (value !== undefined) plan[field] = value;
  }
  if (args.values.restock === true) plan.restock = true;
  plan.demand = demandFromFlags(args) ?? plan.demand;
  const elasticity = numberFlag(args, 'elasticity');
  if (elasticity !== undefined) plan.elasticity = { elasticity, referencePrice: numberFlag(args, 'reference-price') ?? plan.price };
  const testCost = numberFlag(args, 'test-cost');
  if (testCost !== undefined) {
    plan.testFirst = { cost: testCost, days: numberFlag(args, 'test-days') ?? 0, noise: numberFlag(args, 'test-noise') };
  }
  plan.startDate = optionalString(args, 'start') ?? plan.startDate ?? new Date().toISOString().slice(0, 10);
  return plan;
}

const yuan = (x: number) => `¥${Math.round(x).toLocaleString('en-US')}`;
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export const launchCommand: Command<LaunchRiskWithSeasons & { savedAs?: string }> = {
  name: 'launch',
  summary: 'launch.summary',
  usage: 'launch.usage',
  options: {
    ...Object.fromEntries([...Object.keys(NUMBER_FLAGS), ...OTHER_NUMBER_FLAGS].map((f) => [f, { type: 'string' as const }])),
    similar: { type: 'string' },
    restock: { type: 'boolean' },
    start: { type: 'string' },
    plan: { type: 'string' },
    save: { type: 'string' },
    merchant: { type: 'string' },
  },
  async run(ctx, args) {
    const raw = rawPlan(args);
    const merchantId = optionalString(args, 'merchant') ?? DEMO_MERCHANT.id;
    const needsStore = (raw.demand as { kind?: string } | undefined)?.kind === 'similar' || optionalString(args, 'save') !== undefined;
    const store = needsStore ? (await ctx.app()).store : null;
    const risk = await launchRiskFor(store, merchantId, raw, { seed: numberFlag(args, 'seed'), draws: numberFlag(args, 'draws') });
    const name = optionalString(args, 'save');
    if (store && name) return { ...risk, savedAs: (await saveLaunchPlan(store, merchantId, name, raw as LaunchPlanDraft)).id };
    return risk;
  },
  human(r) {
    const chance = percent(r.chanceOfPayback);
    const lines = [
      say('launch.profit', { profit: yuan(r.expectedProfit), error: yuan(r.expectedProfitError) }),
      say('launch.loss', { chance: percent(r.chanceOfLoss) }),
      say('launch.range', { p5: yuan(r.profitPercentiles.p5), p50: yuan(r.profitPercentiles.p50), p95: yuan(r.profitPercentiles.p95) }),
      r.breakEvenUnits === null ? say('launch.never_even') : say('launch.break_even', { units: Math.ceil(r.breakEvenUnits).toLocaleString('en-US') }),
      r.paybackDate
        ? say('launch.payback', { date: r.paybackDate, weeks: r.breakEvenWeeks.p50!.toFixed(1), chance })
        : say('launch.no_payback', { chance }),
      say('launch.units', { sold: Math.round(r.expectedUnitsSold), left: Math.round(r.expectedUnsoldUnits) }),
    ];
    if (r.seasons) lines.push(say('launch.seasons', { count: r.seasons.length, units: r.seasons.map((u) => Math.round(u)).join(', ') }));
    if (r.testFirst) {
      const t = r.testFirst;
      lines.push(say('launch.test_first', { value: yuan(t.valueOfTesting), perfect: yuan(t.valueOfPerfectInformation), advice: term('advice', t.advice) }));
    }
    if (r.priceCurve) {
      const best = r.priceCurve.reduce((a, b) => (b.expectedProfit > a.expectedProfit ? b : a));
      lines.push(say('launch.best_price', { price: yuan(best.price), profit: yuan(best.expectedProfit) }));
    }
    if (r.savedAs) lines.push(say('launch.saved', { id: r.savedAs }));
    lines.push(say('launch.draws', { draws: r.draws.toLocaleString('en-US'), seed: r.seed }));
    return lines.join('\n');
  },
};
