import { AppError } from '../../domain/errors.js';
import { DEMO_MERCHANT } from '../../demo/catalogue.js';
import { resolveWeights, weightsSchema, type WeightOverrides } from '../../selection/opportunity-weights.js';
import { type IdeaDraft, opportunitiesFor, type RankedOpportunities } from '../../services/selection.js';
import { type CommandArgs, type Command, optionalString } from '../command.js';
import { numberFlag } from './launch.js';

/** `--weight margin=0.3 --weight demand=0.1` → { margin: 0.3, demand: 0.1 }, checked against the factor names. */
function weightFlags(args: CommandArgs): WeightOverrides {
  const pairs = (args.values.weight as string[] | undefined) ?? [];
  const raw = Object.fromEntries(
    pairs.map((pair) => {
      const [key, value] = pair.split('=');
      return [key, Number(value)];
    }),
  );
  const parsed = weightsSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('bad_input', `--weight takes factor=number with factors ${Object.keys(resolveWeights()).join(', ')}`);
  return parsed.data;
}

function ideaFromFlags(args: CommandArgs): IdeaDraft | null {
  const name = optionalString(args, 'idea');
  if (!name) return null;
  const category = optionalString(args, 'category');
  if (!category) throw new AppError('bad_input', '--idea needs --category (the category it would sell in)');
  return {
    name,
    category,
    description: optionalString(args, 'description'),
    fixes: optionalString(args, 'fixes')?.split(/[,，]/).map((f) => f.trim()).filter(Boolean),
    price: numberFlag(args, 'price'),
    unitCost: numberFlag(args, 'unit-cost'),
    channelFeeRate: numberFlag(args, 'fee-rate'),
  };
}

export const opportunitiesCommand: Command<RankedOpportunities> = {
  name: 'opportunities',
  summary: 'opportunity scores of categories or a product idea: demand, growth, pain relief, competition, sameness, margin',
  usage: [
    'kaikuan opportunities [--category C] [--weight factor=value ...] [--save-weights] [--merchant ID] [--json]',
    'kaikuan opportunities --idea NAME --category C [--description TEXT] [--fixes 拉杆,轮子] [--price YUAN] [--unit-cost YUAN] [--fee-rate 0.05]',
  ].join('\n'),
  options: {
    idea: { type: 'string' },
    category: { type: 'string' },
    description: { type: 'string' },
    fixes: { type: 'string' },
    price: { type: 'string' },
    'unit-cost': { type: 'string' },
    'fee-rate': { type: 'string' },
    weight: { type: 'string', multiple: true },
    'save-weights': { type: 'boolean' },
    merchant: { type: 'string' },
  },
  async run(ctx, args) {
    const merchantId = optionalString(args, 'merchant') ?? DEMO_MERCHANT.id;
    const { store } = await ctx.app();
    const idea = ideaFromFlags(args);
    return opportunitiesFor(store, merchantId, {
      ideas: idea ? [idea] : undefined,
      category: optionalString(args, 'category'),
      weights: weightFlags(args),
      saveWeights: args.values['save-weights'] === true,
    });
  },
  human({ opportunities }) {
    if (opportunities.length === 0) return 'no categories yet: import products and reviews first (kaikuan import)';
    return opportunities
      .map((o) =>
        [
          `${o.idea.name} (${o.idea.category})  score ${o.score.toFixed(1)}/100`,
          ...o.factors.map(
            (f) =>
              `  ${f.key.padEnd(12)} ${f.points.toFixed(1).padStart(5)} pts  (score ${f.score.toFixed(2)} × weight ${f.weight.toFixed(2)}; value ${f.value.toFixed(3)})` +
              (f.evidence.length ? `  ${f.evidence.slice(0, 2).map((e) => (e.value === undefined ? e.text : `${e.text} ${+e.value.toFixed(3)}`)).join(' · ')}` : ''),
          ),
        ].join('\n'),
      )
      .join('\n\n');
  },
};
