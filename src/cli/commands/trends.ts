import { maxOf } from '../../math/summary.js';
import { trendReportFor, type TrendReport } from '../../services/trends.js';
import { FDR_LEVEL } from '../../trends/radar.js';
import { DEFAULT_WINDOW, parseWindow } from '../../trends/time-buckets.js';
import { optionalString, type Command } from '../command.js';
import { say, term } from '../say.js';
import { padColumns } from '../columns.js';
import { merchantFromArgs } from './customers.js';

// Lines a person reads in a terminal; --json has all of them.
const HUMAN_ROWS = 30;
const SPARK_BARS = '▁▂▃▄▅▆▇█';

/** What is rising: words, aspects, pain points, products, categories, platforms, searches and sales. */
export const trendsCommand: Command<TrendReport> = {
  name: 'trends',
  summary: 'trends.summary',
  usage: 'trends.usage',
  options: { merchant: { type: 'string' }, window: { type: 'string' } },
  async run(ctx, args) {
    const windowDays = parseWindow(optionalString(args, 'window') ?? DEFAULT_WINDOW);
    const { store } = await ctx.app();
    return trendReportFor(store, await merchantFromArgs(store, args), windowDays);
  },
  human(report) {
    if (!report.asOf) return say('trends.none', { merchant: report.merchantId });
    const lines = [
      say('trends.head', {
        merchant: report.merchantId, rising: report.rising.length, tested: report.tested, days: report.windowDays, asOf: report.asOf,
        recent: report.recentBuckets, buckets: report.buckets, bucketDays: report.bucketDays, fdr: FDR_LEVEL * 100,
      }),
    ];
    for (const item of report.rising.slice(0, HUMAN_ROWS)) {
      const growth = `${item.growth >= 0 ? '+' : ''}${Math.round(item.growth * 100)}%`;
      lines.push(
        say('trends.row', {
          kind: padColumns(term('series', item.kind), 10), key: padColumns(item.key.slice(0, 24), 24), spark: sparkline(item.sparkline),
          growth: growth.padStart(7), q: item.qValue.toExponential(1), test: item.test,
          emerging: item.emerging ? say('trends.new') : '', related: item.related.length ? ` (+${item.related.join(', ')})` : '',
        }),
      );
    }
    return lines.join('\n');
  },
};

function sparkline(values: number[]): string {
  const max = Math.max(maxOf(values, (v) => v), 0);
  return values.map((v) => SPARK_BARS[max > 0 ? Math.round((v / max) * (SPARK_BARS.length - 1)) : 0]).join('');
}
