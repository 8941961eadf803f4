/**
 * SHA-256 over the full analysis (review and clause sentiment, aspect-opinion triples) of every
 * online_shopping_10_cats review, and over the stored extraction's triples (extractManyAspectOpinions,
 * as src/store/painpoints.ts runs it): a change meant to keep behaviour must keep both digests.
 *
 *   npx tsx scripts/analysis-digest.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sharedData } from '../src/ingest/shared-data.js';
import { analyseReviews } from '../src/painpoints/tagger/review-analysis.js';
import { extractManyAspectOpinions } from '../src/painpoints/tagger/extract.js';
import { parseOnlineShopping } from '../src/ingest/corpora.js';

/** As a server hands reviews over (bench/reviews.ts) and as stored extraction reads them (src/services/painpoints.ts). */
const ANALYSIS_BATCH = 256;
const EXTRACTION_BATCH = 2000;

function digest<T>(texts: readonly string[], batch: number, analyse: (run: string[]) => T[]): string {
  const hash = createHash('sha256');
  for (let from = 0; from < texts.length; from += batch) {
    for (const result of analyse(texts.slice(from, from + batch))) hash.update(`${JSON.stringify(result)}\n`);
  }
  return hash.digest('hex');
}

const texts = parseOnlineShopping(readFileSync(sharedData.onlineShopping, 'utf8')).map((r) => r.text);
console.log(`${texts.length} reviews`);
console.log(`analysis   ${digest(texts, ANALYSIS_BATCH, analyseReviews)}`);
console.log(`extraction ${digest(texts, EXTRACTION_BATCH, extractManyAspectOpinions)}`);
