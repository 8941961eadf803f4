/**
 * Pain-point throughput on real Chinese reviews (online_shopping_10_cats, cycled to the requested count):
 * aspect-opinion extraction in reviews/s, then the incremental path against its baseline — after a batch
 * of new reviews, updating the stored extractions and re-ranking vs. re-extracting every review.
 *
 *   npm run bench -- painpoints [--reviews 20000] [--new 500]
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../src/ingest/shared-data.js';
import { extractAspectOpinions } from '../src/painpoints/tagger/extract.js';
import { buildPainPointReport } from '../src/painpoints/report/report.js';
import { createMerchant } from '../src/store/accounts.js';
import { extractNewReviews } from '../src/services/painpoints.js';
import { listReviewMentions } from '../src/store/painpoints.js';
import { openStore } from '../src/store/store.js';
import { peakRssMb } from './memory.js';
import { flag } from './flags.js';
import { cpuSeconds } from './timed.js';

const seconds = (since: number) => (performance.now() - since) / 1000;

export async function run(args: string[]): Promise<void> {
  const count = flag(args, 'reviews', 20_000);
  const fresh = flag(args, 'new', 500);
  const corpus = (parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true }) as Record<string, string>[])
    .map((r) => r.review)
    .filter(Boolean);
  const texts = Array.from({ length: count + fresh }, (_, i) => corpus[i % corpus.length]);
  extractAspectOpinions('模型预热');

  let t = performance.now();
  const cpu = process.cpuUsage();
  let triples = 0;
  for (const text of texts.slice(0, count)) triples += extractAspectOpinions(text).length;
  const extractSeconds = seconds(t);
  const extractCpu = cpuSeconds(cpu);
  console.log(
    `extraction: ${count} reviews in ${extractSeconds.toFixed(1)} s = ${Math.round(count / extractSeconds)} reviews/s wall, ` +
      `${Math.round(count / extractCpu)} reviews per CPU-second; ${(triples / count).toFixed(2)} triples/review`,
  );

  const store = await openStore({ kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'kaikuan-bench-')), 'bench.db') });
  await createMerchant(store, { id: 'bench', name: 'bench' });
  const review = (text: string, i: number) => ({
    merchant_id: 'bench', id: `R${i}`, platform: '淘宝', product_id: null, rating: null, text, language: 'zh',
    reviewed_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), helpful_votes: 0, author: null,
  });
  await store.insertMany('review', texts.slice(0, count).map(review), ['merchant_id', 'id']);
  t = performance.now();
  await extractNewReviews(store, 'bench');
  const firstSeconds = seconds(t);

  await store.insertMany('review', texts.slice(count).map((text, i) => review(text, count + i)), ['merchant_id', 'id']);
  t = performance.now();
  await extractNewReviews(store, 'bench');
  const report = buildPainPointReport(await listReviewMentions(store, 'bench', {}));
  const incrementalSeconds = seconds(t);

  t = performance.now();
  const everything = await listReviewMentions(store, 'bench', {});
  for (const r of everything) r.opinions = extractAspectOpinions(r.text);
  buildPainPointReport(everything);
  const baselineSeconds = seconds(t);
  await store.close();

  console.log(`first analysis (extract + store): ${count} reviews in ${firstSeconds.toFixed(1)} s`);
  console.log(`${fresh} new reviews, incremental update + ranking: ${incrementalSeconds.toFixed(2)} s (${report.painPoints.length} pain points)`);
  console.log(`baseline, re-extract all ${count + fresh} + ranking: ${baselineSeconds.toFixed(1)} s → incremental is ${(baselineSeconds / incrementalSeconds).toFixed(1)}x faster`);
  console.log(`peak RSS ${peakRssMb()} MB`);
}
