/**
 * What-to-make speed: launch-risk simulation (draws/s and the time one calculator tap costs),
 * concept-test comparisons, and TF-IDF sameness over real reviews (online_shopping_10_cats).
 *
 *   npm run bench -- selection [--runs 20] [--reviews 5000]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../src/ingest/shared-data.js';
import { compareConcepts, type ConceptVariant } from '../src/selection/concept-test.js';
import { launchPlanSchema } from '../src/selection/launch-plan.js';
import { simulateLaunch } from '../src/selection/launch-risk.js';
import { meanPairwiseSimilarity, tfidfVectors, wordsOf } from '../src/selection/similarity.js';
import { peakRssMb } from './memory.js';
import { flag } from './flags.js';
import { percentile } from './percentile.js';

/** A calculator tap on a phone should answer within 300 ms, network included; the server gets at most that. */
const TAP_BUDGET_MS = 300;

function timed(runs: number, work: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const plan = launchPlanSchema.parse({
  mouldCost: 300_000, leadTimeDays: 45, minimumOrder: 5_000, firstOrder: 20_000, unitCost: 12, price: 49, channelFeeRate: 0.08,
  channelFeePerUnit: 5, sellingWeeks: 26, demand: { kind: 'range', low: 6_000, likely: 15_000, high: 30_000 }, startDate: '2026-03-01',
  elasticity: { referencePrice: 49, elasticity: -1.5 }, testFirst: { cost: 8_000, days: 14, noise: 0.5 },
});

function launchBench(runs: number): void {
  for (const draws of [20_000, 100_000, 1_000_000]) {
    const times = timed(draws >= 1_000_000 ? 3 : runs, (i) => simulateLaunch(plan, { seed: i + 1, draws }));
    const p50 = percentile(times, 0.5);
    console.log(
      `launch   ${String(draws).padStart(9)} draws (with price curve and test-first): p50 ${p50.toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, ` +
        `${((draws / p50) * 1000).toFixed(0)} draws/s, ${(p50 / TAP_BUDGET_MS).toFixed(3)} of the ${TAP_BUDGET_MS} ms tap budget`,
    );
  }
}

function conceptBench(runs: number): void {
  for (const count of [2, 4, 8]) {
    const variants: ConceptVariant[] = Array.from({ length: count }, (_, i) => ({
      name: `v${i}`, views: 3_000, likes: 200 + i * 7, saves: 90 + i * 3, commentScores: [0.8, 0.4, 0.9], buyingComments: 1,
      intentAsked: 300, intentYes: 60 + i * 4,
    }));
    const times = timed(runs, (i) => compareConcepts(variants, { seed: i + 1 }));
    const p50 = percentile(times, 0.5);
    console.log(`concepts ${count} variants: p50 ${p50.toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, ${(p50 / TAP_BUDGET_MS).toFixed(3)} of the tap budget`);
  }
}

function samenessBench(reviews: number): void {
  const rows = (parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).filter((r) => r.review);
  const step = Math.max(1, Math.floor(rows.length / reviews));
  const texts = rows.filter((_, i) => i % step === 0).slice(0, reviews).map((r) => r.review);
  let start = performance.now();
  const words = texts.map(wordsOf);
  const segmentMs = performance.now() - start;
  start = performance.now();
  const vectors = tfidfVectors(words);
  const vectorMs = performance.now() - start;
  const field = vectors.slice(0, 300);
  start = performance.now();
  const sameness = meanPairwiseSimilarity(field);
  const pairMs = performance.now() - start;
  const pairs = (field.length * (field.length - 1)) / 2;
  console.log(
    `sameness ${texts.length} real reviews: segment ${((texts.length / segmentMs) * 1000).toFixed(0)} docs/s, TF-IDF ${((texts.length / vectorMs) * 1000).toFixed(0)} docs/s, ` +
      `cosine ${((pairs / pairMs) * 1000).toFixed(0)} pairs/s (field of 300: mean similarity ${sameness.toFixed(3)})`,
  );
}

export async function run(args: string[]): Promise<void> {
  const runs = flag(args, 'runs', 20);
  launchBench(runs);
  conceptBench(runs);
  samenessBench(flag(args, 'reviews', 5_000));
  console.log(`peak RSS ${peakRssMb()} MB`);
}
