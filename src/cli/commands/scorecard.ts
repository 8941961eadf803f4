import { AppError } from '../../domain/errors.js';
import { buildScorecard, type Scorecard } from '../../evaluation/scorecard.js';
import { countAiTasks, listActiveDays, listAllFeedback, listEvalRuns, listFeedback } from '../../store/evaluation.js';
import { optionalString, type Command } from '../command.js';
import { say } from '../say.js';

/** The monthly scorecard for the whole product (operators) or one merchant (--merchant). */
export const scorecardCommand: Command<Scorecard> = {
  name: 'scorecard',
  summary: 'scorecard.summary',
  usage: 'scorecard.usage',
  options: { month: { type: 'string' }, merchant: { type: 'string' } },
  async run(ctx, args) {
    const month = optionalString(args, 'month') ?? new Date().toISOString().slice(0, 7);
    if (!/^\d{4}-\d{2}$/.test(month)) throw new AppError('bad_input', { key: 'option_month', params: { value: month } });
    const merchantId = optionalString(args, 'merchant');
    const { store } = await ctx.app();
    const feedback = merchantId ? await listFeedback(store, merchantId) : await listAllFeedback(store);
    return buildScorecard(month, await listEvalRuns(store), feedback, await listActiveDays(store, merchantId), await countAiTasks(store, merchantId));
  },
  human(card) {
    const lines = [say('scorecard.head', { month: card.month, runs: card.evalRuns })];
    for (const [k, v] of Object.entries(card.scores)) {
      const change = card.change[k];
      lines.push(`  ${k.padEnd(40)} ${v.toFixed(4)}${change === undefined ? '' : ` (${change >= 0 ? '+' : ''}${change.toFixed(4)})`}`);
    }
    for (const { capability, useful, wrong, acted } of card.feedback) lines.push(say('scorecard.feedback', { capability, useful, wrong, acted }));
    lines.push(say('scorecard.usage_line', { active: card.usage.activeMerchants, tasks: card.usage.aiTasks, acted: card.usage.insightsActedOn }));
    return lines.join('\n');
  },
};
