import { AppError } from '../../domain/errors.js';
import { buildScorecard, type Scorecard } from '../../evaluation/scorecard.js';
import { countAiTasks, listActiveDays, listAllFeedback, listEvalRuns, listFeedback } from '../../store/evaluation.js';
import { optionalString, type Command } from '../command.js';

/** The monthly scorecard for the whole product (operators) or one merchant (--merchant). */
export const scorecardCommand: Command<Scorecard> = {
  name: 'scorecard',
  summary: 'monthly scorecard: AI scores vs last month, merchant feedback, weekly actives, retention, AI tasks',
  usage: 'kaikuan scorecard [--month YYYY-MM] [--merchant ID] [--json]',
  options: { month: { type: 'string' }, merchant: { type: 'string' } },
  async run(ctx, args) {
    const month = optionalString(args, 'month') ?? new Date().toISOString().slice(0, 7);
    if (!/^\d{4}-\d{2}$/.test(month)) throw new AppError('bad_input', '--month must look like 2026-11');
    const merchantId = optionalString(args, 'merchant');
    const { store } = await ctx.app();
    const feedback = merchantId ? await listFeedback(store, merchantId) : await listAllFeedback(store);
    return buildScorecard(month, await listEvalRuns(store), feedback, await listActiveDays(store, merchantId), await countAiTasks(store, merchantId));
  },
  human(card) {
    const lines = [`Scorecard ${card.month} (${card.evalRuns} evaluation runs)`];
    for (const [k, v] of Object.entries(card.scores)) {
      const change = card.change[k];
      lines.push(`  ${k.padEnd(40)} ${v.toFixed(4)}${change === undefined ? '' : ` (${change >= 0 ? '+' : ''}${change.toFixed(4)})`}`);
    }
    for (const f of card.feedback) lines.push(`  feedback ${f.capability}: ${f.useful} useful, ${f.wrong} wrong, ${f.acted} acted on`);
    lines.push(`  active merchants ${card.usage.activeMerchants}, AI tasks ${card.usage.aiTasks}, insights acted on ${card.usage.insightsActedOn}`);
    return lines.join('\n');
  },
};
