import type { MarketReport } from '../../markets/market-report.js';
import { marketReportFor } from '../../services/markets.js';
import type { Command } from '../command.js';
import { say, term } from '../say.js';
import { padColumns } from '../columns.js';
import { merchantFromArgs } from './customers.js';

type MarketsResult = { merchant: string; report: MarketReport | null };

/** Where to sell: regions, channels and categories ranked for expansion, with reasons. */
export const marketsCommand: Command<MarketsResult> = {
  name: 'markets',
  summary: 'markets.summary',
  usage: 'markets.usage',
  options: { merchant: { type: 'string' } },
  async run(ctx, args) {
    const { store } = await ctx.app();
    const merchant = await merchantFromArgs(store, args);
    return { merchant, report: await marketReportFor(store, merchant) };
  },
  human({ merchant, report }) {
    if (!report) return say('markets.none', { merchant });
    const lines = [say('markets.head', { merchant, asOf: report.asOf, days: report.windowDays })];
    for (const dimension of ['region', 'channel', 'category'] as const) {
      lines.push('', term('dimension', dimension));
      for (const r of report.rankings.filter((x) => x.dimension === dimension)) {
        const why = [...r.strengths.map((f) => `+${term('factor', f)}`), ...r.weaknesses.map((f) => `-${term('factor', f)}`)].join(' ');
        lines.push(say('markets.row', { rank: String(r.rank).padStart(2), key: padColumns(r.key, 12), score: r.score.toFixed(0).padStart(3), why }));
      }
    }
    return lines.join('\n');
  },
};
