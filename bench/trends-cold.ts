/**
 * The trends report after a restart, on a store a shop (or `npm run bench -- scale`) left behind: the
 * first report of a fresh process builds the radar from the stored counts (930_trend_counts), then warm
 * reads answer from it. Wall and CPU time of each, and peak RSS; on a shared machine, read CPU beside wall.
 *
 *   npm run bench -- trends-cold --merchant big [--window 90] [--requests 20] (--sqlite FILE | --pg-schema NAME)
 */
import { openStore } from '../src/store/store.js';
import { trendReportFor } from '../src/services/trends.js';
import { flag, textFlag } from './flags.js';
import { percentile } from './percentile.js';
import { cpuSeconds } from './timed.js';

const PG_URL = process.env.KAIKUAN_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function run(args: string[]): Promise<void> {
  const merchantId = textFlag(args, 'merchant', 'big');
  const windowDays = flag(args, 'window', 90);
  const requests = flag(args, 'requests', 20);
  const sqlite = textFlag(args, 'sqlite', '');
  const store = await openStore(sqlite ? { kind: 'sqlite', path: sqlite } : { kind: 'postgres', url: PG_URL, schema: textFlag(args, 'pg-schema', 'public'), poolSize: 4 });
  try {
    const report = async () => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const { tested, series, rising } = await trendReportFor(store, merchantId, windowDays);
      return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds(cpu), tested, series, rising: rising.length };
    };
    const first = await report();
    console.log(`first report after restart: wall ${first.wall.toFixed(2)} s, CPU ${first.cpu.toFixed(2)} s (${first.series} series, ${first.tested} tested, ${first.rising} rising shown)`);
    const warm: number[] = [];
    const warmCpu: number[] = [];
    for (let i = 0; i < requests; i++) {
      const { wall, cpu } = await report();
      warm.push(wall);
      warmCpu.push(cpu);
    }
    warm.sort((a, b) => a - b);
    warmCpu.sort((a, b) => a - b);
    const ms = (s: number) => `${Math.round(s * 1000)} ms`;
    console.log(`warm (${requests}): p50 ${ms(percentile(warm, 0.5))}, p95 ${ms(percentile(warm, 0.95))}, CPU p95 ${ms(percentile(warmCpu, 0.95))}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await store.close();
  }
}
