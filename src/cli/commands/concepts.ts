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
  summary: 'concept tests: which design variant buyers prefer, how sure we are, and when to stop',
  usage: [
    'kaikuan concepts [--merchant ID] [--json]                       list tests',
    'kaikuan concepts new --name NAME --variants A,B[,C] [--decide-by intent|save|like|warmComment|buyingComment]',
    'kaikuan concepts record ID --variant A [--views N] [--likes N] [--saves N] [--asked N] [--yes N] [--comment TEXT ...] [--comments-file FILE]',
    'kaikuan concepts show ID',
    'kaikuan concepts compare --file reactions.json                 (no saving: {"variants":[{"name","counts":{…},"comments":[…]}]})',
  ].join('\n'),
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
        throw new AppError('bad_input', '--variants needs at least two different names, comma-separated');
      }
      const decide = optionalString(args, 'decide-by');
      const decideBy = decide === undefined ? undefined : parseInput(conceptMetricSchema, decide, 'decide_by');
      return verdictOf(store, merchantId, await createConceptTest(store, merchantId, { name: requireOption(args, 'name'), variants, decideBy }));
    }
    if (!id) throw new AppError('bad_input', `kaikuan concepts ${action} needs a test id`);
    if (action === 'show') return verdictOf(store, merchantId, id);
    if (action === 'record') return record(store, merchantId, id, args);
    throw new AppError('bad_input', `unknown action "${action}"; use new, record, show or compare`);
  },
  human(result) {
    if ('tests' in result) {
      if (result.tests.length === 0) return 'no concept tests yet: kaikuan concepts new --name NAME --variants A,B';
      return result.tests.map((t) => `${t.id}\t${t.createdAt.slice(0, 10)}\t${t.name}`).join('\n');
    }
    const { verdict } = result;
    const lines = [`test ${result.id}, decided by ${verdict.decidedBy}`];
    for (const v of verdict.variants) {
      const rate = v.rates[verdict.decidedBy];
      lines.push(
        `  ${v.name.padEnd(12)} ${percent(rate.mean)} [${percent(rate.low)}–${percent(rate.high)}] of ${rate.trials}` +
          `   chance best ${percent(v.chanceBest)}   expected loss ${percent(v.expectedLoss)}`,
      );
    }
    lines.push(
      verdict.stop
        ? `stop: pick ${verdict.leader} (expected loss below ${percent(verdict.lossTolerance)})`
        : `keep testing: about ${verdict.moreSampleNeeded} more per variant (leader so far: ${verdict.leader})`,
    );
    return lines.join('\n');
  },
};
