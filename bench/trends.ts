/**
 * Trend radar throughput: 10,000,000 dated events over 100,000 series (words, products, keywords),
 * a full scan from nothing, then 10,000 new events on the newest day judged incrementally.
 * Floors from issue 4: full scan < 30 s, incremental update < 1 s.
 *
 *   npm run bench -- trends [--events 10000000] [--series 100000]
 */
import os from 'node:os';
import { seededRandom } from '../src/math/random.js';
import { TrendRadar } from '../src/trends/radar.js';
import type { SeriesKind, TrendEvent } from '../src/domain/trends.js';
import { peakRssMb } from './memory.js';
import { flag } from './flags.js';

const FULL_SCAN_FLOOR_SECONDS = 30;
const INCREMENTAL_FLOOR_SECONDS = 1;
const INCREMENTAL_EVENTS = 10_000;
const WINDOW_DAYS = 90;
// A year of history, so the seasonal (year-over-year) path is exercised as in production.
const HISTORY_DAYS = 455;
const AS_OF_DAY = 20_600;
// Real vocabularies are Zipf-like: a few words carry most mentions. Exponent < 1 keeps the tail busy.
const ZIPF_EXPONENT = 0.8;
const PLANTED_EVERY = 100;
// A planted series gets this share of its events in the recent weeks instead of anywhere in history.
const PLANTED_SHIFT = 0.2;
// The radar's recent period for a 90-day window: 3 weekly buckets.
const RECENT_DAYS = 21;
// Mentions per review: each review is one document for the share-of-conversation denominator.
const MENTIONS_PER_DOCUMENT = 8;
// Series mix: most series are words; products and keywords are a minority, as in a merchant's data.
const KIND_MIX: [SeriesKind, number][] = [
  ['term', 0.8],
  ['product', 0.9],
  ['keyword', 1],
];

interface Workload {
  kinds: SeriesKind[];
  keys: string[];
  series: Int32Array;
  days: Int32Array;
}

function generate(events: number, seriesCount: number, seed: number, firstDay: number, lastDay: number): Workload {
  const random = seededRandom(seed);
  const kinds = Array.from({ length: seriesCount }, () => {
    const u = random();
    return KIND_MIX.find(([, upTo]) => u < upTo)![0];
  });
  const keys = Array.from({ length: seriesCount }, (_, i) => `${kinds[i]}-${i}`);
  const cumulative = new Float64Array(seriesCount);
  let total = 0;
  for (let i = 0; i < seriesCount; i++) cumulative[i] = total += 1 / Math.pow(i + 1, ZIPF_EXPONENT);
  const series = new Int32Array(events);
  const days = new Int32Array(events);
  for (let e = 0; e < events; e++) {
    series[e] = lowerBound(cumulative, random() * total);
    // Planted rises: some events of a planted series move into the recent weeks.
    const recent = isPlanted(series[e]) && random() < PLANTED_SHIFT;
    days[e] = recent ? lastDay - Math.floor(random() * RECENT_DAYS) : firstDay + Math.floor(random() * (lastDay - firstDay + 1));
  }
  return { kinds, keys, series, days };
}

/** Every hundredth series (by a multiplicative hash, so not just the busiest) carries a planted rise. */
function isPlanted(id: number): boolean {
  return Math.imul(id, 2654435761) >>> 0 < 2 ** 32 / PLANTED_EVERY;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function feed(radar: TrendRadar, workload: Workload, from: number, to: number): void {
  const event: TrendEvent = { kind: 'term', key: '', day: 0, weight: 1 };
  for (let e = from; e < to; e++) {
    const id = workload.series[e];
    event.kind = workload.kinds[id];
    event.key = workload.keys[id];
    event.day = workload.days[e];
    radar.add(event);
    if (e % MENTIONS_PER_DOCUMENT === 0) radar.addDocument(event.day);
  }
}

export async function run(args: string[]): Promise<void> {
  const events = flag(args, 'events', 10_000_000);
  const seriesCount = flag(args, 'series', 100_000);
  const workload = generate(events, seriesCount, 42, AS_OF_DAY - WINDOW_DAYS - HISTORY_DAYS, AS_OF_DAY);
  const fresh = { ...generate(INCREMENTAL_EVENTS, seriesCount, 43, AS_OF_DAY, AS_OF_DAY), kinds: workload.kinds, keys: workload.keys };
  const nextDay = { ...generate(INCREMENTAL_EVENTS, seriesCount, 44, AS_OF_DAY + 1, AS_OF_DAY + 1), kinds: workload.kinds, keys: workload.keys };

  const radar = new TrendRadar({ horizonDays: WINDOW_DAYS });
  const cpuBefore = process.cpuUsage();
  let started = performance.now();
  feed(radar, workload, 0, events);
  const ingestSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const full = radar.scan({ windowDays: WINDOW_DAYS, asOfDay: AS_OF_DAY });
  const fullSeconds = ingestSeconds + (performance.now() - started) / 1000;
  const fullCpu = process.cpuUsage(cpuBefore);

  started = performance.now();
  feed(radar, fresh, 0, INCREMENTAL_EVENTS);
  const update = radar.scan({ windowDays: WINDOW_DAYS, asOfDay: AS_OF_DAY });
  const incrementalSeconds = (performance.now() - started) / 1000;

  // The first events of a new day move every bucket boundary, so every series is judged again.
  started = performance.now();
  feed(radar, nextDay, 0, INCREMENTAL_EVENTS);
  const rollover = radar.scan({ windowDays: WINDOW_DAYS, asOfDay: AS_OF_DAY + 1 });
  const rolloverSeconds = (performance.now() - started) / 1000;

  const flaggedPlanted = full.rising.filter((item) => isPlanted(Number(item.key.split('-')[1]))).length;
  const plantedTested = [...new Set(workload.series)].filter(isPlanted).length;
  console.log(`events ${events.toLocaleString('en')}, series ${radar.seriesCount.toLocaleString('en')}, window ${WINDOW_DAYS}d`);
  console.log(
    `full scan: ${fullSeconds.toFixed(2)} s (ingest ${ingestSeconds.toFixed(2)} s, ${Math.round(events / ingestSeconds).toLocaleString('en')} events/s; ` +
      `judged ${full.judged.toLocaleString('en')}, tested ${full.tested.toLocaleString('en')}, rising ${full.rising.length}) — floor ${FULL_SCAN_FLOOR_SECONDS} s, ${(FULL_SCAN_FLOOR_SECONDS / fullSeconds).toFixed(1)}× headroom`,
  );
  console.log(
    `incremental ${INCREMENTAL_EVENTS.toLocaleString('en')} events: ${incrementalSeconds.toFixed(3)} s (re-judged ${update.judged.toLocaleString('en')} series, ` +
      `rising ${update.rising.length}) — floor ${INCREMENTAL_FLOOR_SECONDS} s, ${(INCREMENTAL_FLOOR_SECONDS / incrementalSeconds).toFixed(1)}× headroom`,
  );
  console.log(
    `day rollover, ${INCREMENTAL_EVENTS.toLocaleString('en')} events of a new day: ${rolloverSeconds.toFixed(3)} s (re-judged ${rollover.judged.toLocaleString('en')} series)`,
  );
  console.log(
    `detection at scale: ${flaggedPlanted} of ${plantedTested} planted series flagged, ${full.rising.length - flaggedPlanted} others flagged`,
  );
  // The machine is shared: CPU seconds show what the scan costs when wall time includes waiting.
  console.log(`full scan CPU ${((fullCpu.user + fullCpu.system) / 1e6).toFixed(2)} s; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  console.log(`peak RSS ${peakRssMb()} MB`);
}
