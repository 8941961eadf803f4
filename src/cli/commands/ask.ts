import { invalidInput } from '../../domain/errors.js';
import { askInput } from '../../ask/question.js';
import { askQuestion, type AskResult } from '../../services/ask.js';
import type { Command } from '../command.js';
import { merchantFromArgs } from './customers.js';

/** Asks a question in Chinese about the merchant's own numbers (offline rules, or the configured model). */
export const askCommand: Command<AskResult> = {
  name: 'ask',
  summary: 'ask in Chinese about your own sales, profit, returns and buyers (e.g. "上个月哪个款最赚钱？")',
  usage: 'kaikuan ask --merchant ID "上个月哪个款最赚钱？" [--json]',
  options: { merchant: { type: 'string' } },
  async run(ctx, args) {
    const parsed = askInput.safeParse({ question: args.positionals.join(' ') });
    if (!parsed.success) throw invalidInput('request', parsed.error);
    const app = await ctx.app();
    return askQuestion(app, await merchantFromArgs(app.store, args), parsed.data.question);
  },
  human(result) {
    if (result.status === 'refused') return `refused: only your own shop's data can be asked about. Try: ${result.suggestions.join(' ')}`;
    if (result.status === 'unknown') return `我还不会回答这个. Try: ${result.suggestions.join(' ')}`;
    if (result.status === 'noData') return `no orders in ${result.query.period}`;
    const a = result.answer;
    const q = a.query;
    const lines = [`${q.measure}${q.dimensions.length ? ` by ${q.dimensions[0]}` : ''}, ${a.from} – ${a.to}${Object.keys(q.filters).length ? `, where ${JSON.stringify(q.filters)}` : ''} (${result.source}): total ${a.total.toFixed(2)}`];
    for (const r of a.rows) lines.push(`  ${r.key.padEnd(16)} ${r.value.toFixed(2)}`);
    if (a.reasons.length) lines.push(`  reasons: ${a.reasons.map((r) => `${r.reason} (${r.orders})`).join(', ')}`);
    return lines.join('\n');
  },
};
