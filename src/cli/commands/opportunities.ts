import { AppError } from '../../domain/errors.js';
import { DEMO_MERCHANT } from '../../demo/catalogue.js';
import { resolveWeights, weightsSchema, type WeightOverrides } from '../../selection/opportunity-weights.js';
import { type IdeaDraft, opportunitiesFor, type RankedOpportunities } from '../../services/selection.js';
import { type CommandArgs, type Command, optionalString } from '../command.js';
import { numberFlag } from './launch.js';
import { say, term } from '../say.js';
import { padColumns } from '../columns.js';

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
  if (!parsed.success) throw new AppError('bad_input', { key: 'option_weight', params: { factors: Object.keys(resolveWeights()).join(', ') } });
  return parsed.data;
}

function ideaFromFlags(args: CommandArgs): IdeaDraft | null {
  const name = optionalString(args, 'idea');
  if (!name) return null;
  const category = optionalString(args, 'category');
  if (!category) throw new AppError('bad_input', { key: 'idea_needs_category' });
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

type Evidence = RankedOpportunities['opportunities'][number]['factors'][number]['evidence'][number];

/** A figure or a gap in the reader's words; a pain point, a quote or a competitor's title is the data itself. */
function evidenceText(e: Evidence): string {
  const text = e.kind === 'figure' ? term('evidence', e.text) : e.kind === 'missing' ? term('missing', e.text) : e.text;
  return e.value === undefined ? text : `${text} ${+e.value.toFixed(3)}`;
}

export const opportunitiesCommand: Command<RankedOpportunities> = {
  name: 'opportunities',
  summary: 'opportunities.summary',
  usage: 'opportunities.usage',
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
    if (opportunities.length === 0) return say('opportunities.none');
    const evidenceOf = (f: RankedOpportunities['opportunities'][number]['factors'][number]) =>
      f.evidence.length ? `  ${f.evidence.slice(0, 2).map(evidenceText).join(' · ')}` : '';
    return opportunities
      .map((o) =>
        [
          say('opportunities.head', { name: o.idea.name, category: o.idea.category, score: o.score.toFixed(1) }),
          ...o.factors.map((f) =>
            say('opportunities.factor', {
              factor: padColumns(term('factor', f.key), 12), points: f.points.toFixed(1).padStart(5), score: f.score.toFixed(2),
              weight: f.weight.toFixed(2), value: f.value.toFixed(3), evidence: evidenceOf(f),
            }),
          ),
        ].join('\n'),
      )
      .join('\n\n');
  },
};
