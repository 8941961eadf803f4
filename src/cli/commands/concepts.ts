import { readFileSync } from 'node:fs';
import { AppError } from '../../domain/errors.js';
import { DEMO_MERCHANT } from '../../demo/catalogue.js';
import { conceptComparisonSchema, conceptMetricSchema, toConceptVariant } from '../../selection/concept-input.js';
import { type ConceptVerdict, compareConcepts } from '../../selection/concept-test.js';
import { parseInput } from '../../selection/parse-input.js';
import { conceptVerdict, recordConceptReactions } from '../../services/selection.js';
import { createConceptTest, listConceptTests } from '../../store/selection.js';
import type { Store } from '../../store/store.js';
import { type CommandArgs, type Command, optionalString, requireOption } from '../command.js';
import { numberFlag } from './launch.js';
import { say, term } from '../say.js';
import { padColumns } from '../columns.js';

type ConceptsResult = { tests: { id: string; name: string; createdAt: string }[] } | { id: string; verdict: ConceptVerdict };

async function verdictOf(store: Store, merchantId: string, id: string): Promise<ConceptsResult> {
  return { id, verdict: (await conceptVerdict(store, merchantId, id)).verdict };
}

async function record(store: Store, merchantId: string, id: string, args: CommandArgs): Promise<ConceptsResult> {
  const counts = {
    views: numberFlag(args, 'views'),
    likes: numberFlag(args, 'likes'),
    saves: numberFlag(args, 'saves'),
    intentAsked: numberFlag(args, 'asked'),
    intentYes: numberFlag(args, 'yes'),
  };
  const file = optionalString(args, 'comments-file');
  const comments = [...((args.values.comment as string[] | undefined) ?? []), ...(file ? readFileSync(file, 'utf8').split(/\r?\n/) : [])]
    .map((c) => c.trim())
    .filter(Boolean);
  const { verdict } = await recordConceptReactions(store, merchantId, id, requireOption(args, 'variant'), { counts, comments });
  return { id, verdict };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export const conceptsCommand: Command<ConceptsResult> = {
  name: 'concepts',
  summary: 'concepts.summary',
  usage: 'concepts.usage',
  options: {
    name: { type: 'string' },
    variants: { type: 'string' },
    'decide-by': { type: 'string' },
    variant: { type: 'string' },
    views: { type: 'string' },
    likes: { type: 'string' },
    saves: { type: 'string' },
    asked: { type: 'string' },
    yes: { type: 'string' },
    comment: { type: 'string', multiple: true },
    'comments-file': { type: 'string' },
    file: { type: 'string' },
    merchant: { type: 'string' },
  },
  async run(ctx, args) {
    const [action, id] = args.positionals;
    if (action === 'compare') {
      const body = parseInput(conceptComparisonSchema, JSON.parse(readFileSync(requireOption(args, 'file'), 'utf8')), 'reactions_file');
      return { id: 'compare', verdict: compareConcepts(body.variants.map(toConceptVariant), { decideBy: body.decideBy }) };
    }
    const merchantId = optionalString(args, 'merchant') ?? DEMO_MERCHANT.id;
    const { store } = await ctx.app();
    if (!action) return { tests: await listConceptTests(store, merchantId) };
    if (action === 'new') {
      const variants = requireOption(args, 'variants').split(/[,，]/).map((v) => v.trim()).filter(Boolean);
      if (variants.length < 2 || new Set(variants).size !== variants.length) {
        throw new AppError('bad_input', { key: 'option_variants' });
      }
      const decide = optionalString(args, 'decide-by');
      const decideBy = decide === undefined ? undefined : parseInput(conceptMetricSchema, decide, 'decide_by');
      return verdictOf(store, merchantId, await createConceptTest(store, merchantId, { name: requireOption(args, 'name'), variants, decideBy }));
    }
    if (!id) throw new AppError('bad_input', { key: 'name_concept_test', params: { action } });
    if (action === 'show') return verdictOf(store, merchantId, id);
    if (action === 'record') return record(store, merchantId, id, args);
    throw new AppError('bad_input', { key: 'unknown_action', params: { action, actions: 'new, record, show, compare' } });
  },
  human(result) {
    if ('tests' in result) {
      if (result.tests.length === 0) return say('concepts.none');
      return result.tests.map((t) => `${t.id}\t${t.createdAt.slice(0, 10)}\t${t.name}`).join('\n');
    }
    const { verdict } = result;
    const lines = [say('concepts.head', { id: result.id, metric: term('metric', verdict.decidedBy) })];
    for (const v of verdict.variants) {
      const rate = v.rates[verdict.decidedBy];
      lines.push(
        say('concepts.variant', {
          name: padColumns(v.name, 12), rate: percent(rate.mean), low: percent(rate.low), high: percent(rate.high), trials: rate.trials,
          best: percent(v.chanceBest), loss: percent(v.expectedLoss),
        }),
      );
    }
    lines.push(
      verdict.stop
        ? say('concepts.stop', { leader: verdict.leader, tolerance: percent(verdict.lossTolerance) })
        : say('concepts.keep', { more: verdict.moreSampleNeeded, leader: verdict.leader }),
    );
    return lines.join('\n');
  },
};
