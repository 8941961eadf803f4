import { maxOf } from '../../math/summary.js';
import { trendReportFor, type TrendReport } from '../../services/trends.js';
import { FDR_LEVEL } from '../../trends/radar.js';
import { DEFAULT_WINDOW, parseWindow } from '../../trends/time-buckets.js';
import { optionalString, type Command } from '../command.js';
import { merchantFromArgs } from './customers.js';

// Lines a person reads in a terminal; --json has all of them.
const HUMAN_ROWS = 30;
const SPARK_BARS = '▁▂▃▄▅▆▇█';

/** What is rising: words, aspects, pain points, products, categories, platforms, searches and sales. */
export const trendsCommand: Command<TrendReport> = {
  name: 'trends',
  summary: 'trend radar: what is rising or new in reviews, posts, searches and sales, with tests and false-alarm control',
  usage: 'kaikuan trends --merchant ID [--window 90d] [--json]',
  options: { merchant: { type: 'string' }, window: { type: 'string' } },
  async run(ctx, args) {
    const windowDays = parseWindow(optionalString(args, 'window') ?? DEFAULT_WINDOW);
    const { store } = await ctx.app();
    return trendReportFor(store, await merchantFromArgs(store, args), windowDays);
  },
  human(report) {
    if (!report.asOf) return `${report.merchantId}: no dated reviews, posts, searches or orders yet`;
    const lines = [
      `${report.merchantId}: ${report.rising.length} rising of ${report.tested} series tested, last ${report.windowDays} days to ${report.asOf} ` +
        `(${report.recentBuckets} of ${report.buckets} buckets of ${report.bucketDays}d are "recent"; false alarms held at ${FDR_LEVEL * 100} %)`,
    ];
    for (const item of report.rising.slice(0, HUMAN_ROWS)) {
      const growth = `${item.growth >= 0 ? '+' : ''}${Math.round(item.growth * 100)}%`;
      lines.push(
        `  ${item.kind.padEnd(9)} ${item.key.slice(0, 24).padEnd(24)} ${sparkline(item.sparkline)} ${growth.padStart(7)}  q=${item.qValue.toExponential(1)} ${item.test}${item.emerging ? ' NEW' : ''}${item.related.length ? ` (+${item.related.join(', ')})` : ''}`,
      );
    }
    return lines.join('\n');
  },
};

function sparkline(values: number[]): string {
  const max = Math.max(maxOf(values, (v) => v), 0);
  return values.map((v) => SPARK_BARS[max > 0 ? Math.round((v / max) * (SPARK_BARS.length - 1)) : 0]).join('');
}
