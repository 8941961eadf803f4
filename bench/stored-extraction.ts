/**
 * The user's path for reading reviews, small enough to repeat: distinct online_shopping_10_cats reviews
 * stored in a fresh SQLite database, then stored extraction and the whole-shop pain-point report, as
 * `kaikuan painpoints` runs them in a fresh process (the model loads during the first batch). Each run is
 * a fresh process; the median CPU-seconds count, since wall time on a shared machine mostly measures the
 * neighbours. `--tagger plain` runs the reference tagger (plain-tagger.ts) instead of the pipeline's.
 *
 *   npm run bench -- stored-extraction [--reviews 20000] [--runs 5] [--tagger plain]
 */
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOnlineShopping } from '../src/ingest/corpora.js';
import { sharedData } from '../src/ingest/shared-data.js';
import { AspectOpinionExtractor, extractManyAspectOpinions } from '../src/painpoints/tagger/extract.js';
import { committedAbsaModel } from '../src/painpoints/tagger/model-file.js';
import { plainTagger } from '../src/painpoints/tagger/plain-tagger.js';
import { extractNewReviews, painPointReportFor } from '../src/services/painpoints.js';
import { createMerchant } from '../src/store/accounts.js';
import { openStore } from '../src/store/store.js';
import { flag, textFlag } from './flags.js';
import { peakRssMb } from './memory.js';
import { cpuSeconds } from './timed.js';

const CHILD = '--stored-extraction-child';
const MERCHANT = 'bench';
const DAY_MS = 86_400_000;
/** Reviews one a day per product-less listing over two years, so the report's 30-day windows have data. */
const HISTORY_DAYS = 730;

interface Run {
  cpu: number;
  wall: number;
  extracted: number;
  painPoints: number;
  /** SHA-256 of the report: every variant of the tagger must give the same. */
  reportDigest: string;
  peakRssMb: number;
}

/** `count` distinct reviews spread over the corpus's ten categories (the file is sorted by category). */
function distinctReviews(count: number): string[] {
  const texts = [...new Set(parseOnlineShopping(readFileSync(sharedData.onlineShopping, 'utf8')).map((r) => r.text))];
  const stride = texts.length / count;
  return Array.from({ length: Math.min(count, texts.length) }, (_, i) => texts[Math.floor(i * stride)]);
}

async function oneRun(count: number, tagger: string): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-bench-stored-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'bench.db') });
  try {
    await createMerchant(store, { id: MERCHANT, name: '压测店' });
    const now = Date.now();
    const rows = distinctReviews(count).map((text, i) => ({
      merchant_id: MERCHANT, id: `R${i}`, platform: '淘宝', product_id: null, rating: null, text, language: 'zh',
      reviewed_at: new Date(now - (i % HISTORY_DAYS) * DAY_MS - i * 1000).toISOString(), helpful_votes: 0, author: null,
    }));
    await store.insertMany('review', rows, ['merchant_id', 'id']);
    const extract =
      tagger === 'plain'
        ? (() => {
            const extractor = new AspectOpinionExtractor(committedAbsaModel(), plainTagger);
            return (texts: readonly string[]) => texts.map((text) => extractor.extract(text).map(({ aspect, aspectGroup, opinion, polarity, clause }) => ({ aspect, aspectGroup, opinion, polarity, clause })));
          })()
        : extractManyAspectOpinions;
    const wallStarted = performance.now();
    const cpuStarted = process.cpuUsage();
    const extracted = await extractNewReviews(store, MERCHANT, extract);
    const report = await painPointReportFor(store, MERCHANT, {});
    const cpu = cpuSeconds(cpuStarted);
    const wall = (performance.now() - wallStarted) / 1000;
    const reportDigest = createHash('sha256').update(JSON.stringify(report)).digest('hex').slice(0, 16);
    return { cpu, wall, extracted, painPoints: report.painPoints.length, reportDigest, peakRssMb: peakRssMb() };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD) {
  process.send?.(await oneRun(Number(process.argv[3]), process.argv[4]));
}

function runInChild(count: number, tagger: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    // fork inherits this process's loader flags (tsx), so the child runs this same TypeScript file.
    const child = fork(fileURLToPath(import.meta.url), [CHILD, String(count), tagger]);
    child.once('message', (m) => resolve(m as Run));
    child.once('exit', (code) => code !== 0 && reject(new Error(`stored extraction child exited with ${code}`)));
  });
}

export async function run(args: string[]): Promise<void> {
  const count = flag(args, 'reviews', 20_000);
  const runs = flag(args, 'runs', 5);
  const tagger = textFlag(args, 'tagger', 'pipeline');
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await runInChild(count, tagger);
    results.push(result);
    console.log(`run ${i + 1}: ${result.extracted.toLocaleString('en')} reviews extracted and reported in ${result.cpu.toFixed(2)} CPU-s (${result.wall.toFixed(2)} s wall), ${result.painPoints} pain points, report ${result.reportDigest}, peak RSS ${result.peakRssMb} MB`);
  }
  const cpus = results.map((r) => r.cpu).sort((a, b) => a - b);
  const median = cpus[Math.floor(cpus.length / 2)];
  console.log(`stored extraction + report, ${tagger} tagger: median ${median.toFixed(2)} CPU-s over ${runs} fresh processes (runs ${cpus.map((c) => c.toFixed(2)).join(', ')}); ${Math.round(count / median).toLocaleString('en')} reviews per CPU-second`);
}
