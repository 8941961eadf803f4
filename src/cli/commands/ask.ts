import { invalidInput } from '../../domain/errors.js';
import { askInput } from '../../ask/question.js';
import { askQuestion, type AskResult } from '../../services/ask.js';
import type { Command } from '../command.js';
import { padColumns } from '../columns.js';
import { say, term } from '../say.js';
import { merchantFromArgs } from './customers.js';

/** Asks a question in Chinese about the merchant's own numbers (offline rules, or the configured model). */
export const askCommand: Command<AskResult> = {
  name: 'ask',
  summary: 'ask.summary',
  usage: 'ask.usage',
  options: { merchant: { type: 'string' } },
  async run(ctx, args) {
    const parsed = askInput.safeParse({ question: args.positionals.join(' ') });
    if (!parsed.success) throw invalidInput('request', parsed.error);
    const app = await ctx.app();
    return askQuestion(app, await merchantFromArgs(app.store, args), parsed.data.question);
  },
  human(result) {
    if (result.status === 'refused') return say('ask.refused', { suggestions: result.suggestions.join(' ') });
    if (result.status === 'unknown') return say('ask.unknown', { suggestions: result.suggestions.join(' ') });
    if (result.status === 'noData') return say('ask.no_data');
    const a = result.answer;
    const q = a.query;
    const filters = Object.values(q.filters).join(', ');
    const lines = [say('ask.head', {
      measure: term('askMeasure', q.measure), by: q.dimensions[0] ? say('ask.by', { dimension: term('askDimension', q.dimensions[0]) }) : '',
      from: a.from, to: a.to, where: filters ? say('ask.where', { filters }) : '', total: a.total.toFixed(2), source: result.source === 'model' ? say('ask.by_model') : '',
    })];
    for (const r of a.rows) lines.push(say('ask.row', { key: padColumns(r.key, 20), value: r.value.toFixed(2) }));
    if (a.reasons.length) lines.push(say('ask.reasons', { product: a.rows[0].key, reasons: a.reasons.map((r) => `${r.reason} (${r.orders})`).join(', ') }));
    return lines.join('\n');
  },
};
