import type { MarketReport } from '../../markets/market-report.js';
import { marketReportFor } from '../../services/markets.js';
import type { Command } from '../command.js';
import { merchantFromArgs } from './customers.js';

type MarketsResult = { merchant: string; report: MarketReport | null };

/** Where to sell: regions, channels and categories ranked for expansion, with reasons. */
export const marketsCommand: Command<MarketsResult> = {
  name: 'markets',
  summary: 'where to sell: regions, channels and categories ranked by demand, growth, share, competition and margin',
  usage: 'kaikuan markets --merchant ID [--json]',
  options: { merchant: { type: 'string' } },
  async run(ctx, args) {
    const { store } = await ctx.app();
    const merchant = await merchantFromArgs(store, args);
    return { merchant, report: await marketReportFor(store, merchant) };
  },
  human({ merchant, report }) {
    if (!report) return `${merchant}: no orders or reviews yet`;
    const lines = [`${merchant}: expansion ranking as of ${report.asOf} (last ${report.windowDays} days vs the ${report.windowDays} before)`];
    for (const dimension of ['region', 'channel', 'category'] as const) {
      lines.push('', dimension);
      for (const r of report.rankings.filter((x) => x.dimension === dimension)) {
        const why = [...r.strengths.map((f) => `+${f}`), ...r.weaknesses.map((f) => `-${f}`)].join(' ');
        lines.push(`  ${String(r.rank).padStart(2)}. ${r.key.padEnd(10)} ${r.score.toFixed(0).padStart(3)}  ${why}`);
      }
    }
    return lines.join('\n');
  },
};
