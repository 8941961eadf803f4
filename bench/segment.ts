/**
 * Segmentation throughput on every distinct online_shopping_10_cats review: Kaikuan's TypeScript
 * jieba (src/text/segment.ts) against its baseline, @node-rs/jieba (jieba-rs over napi) with the
 * same dictionaries and HMM off, for tagged words (`tag`) and plain words (`cut`). Each figure is the
 * best of `--passes` passes over the corpus, in CPU time: on a shared machine wall time mostly
 * measures the neighbours.
 *
 *   npm run bench -- segment [--passes 5]
 */
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { sharedData } from '../src/ingest/shared-data.js';
import { readTextAsset } from '../src/text/assets.js';
import { parseOnlineShopping } from '../src/ingest/corpora.js';
import { flag } from './flags.js';
import { cpuSeconds } from './timed.js';
import { peakRssMb } from './memory.js';

/** Reviews per CPU-second of the best pass. */
function rate(texts: readonly string[], passes: number, segmentOne: (text: string) => unknown): number {
  let best = Infinity;
  for (let pass = 0; pass < passes; pass++) {
    const started = process.cpuUsage();
    for (const text of texts) segmentOne(text);
    best = Math.min(best, cpuSeconds(started));
  }
  return texts.length / best;
}

export async function run(args: string[]): Promise<void> {
  const passes = flag(args, 'passes', 5);
  const texts = parseOnlineShopping(readFileSync(sharedData.onlineShopping, 'utf8')).map((r) => r.text);
  const characters = texts.reduce((sum, text) => sum + text.length, 0);

  let started = process.cpuUsage();
  const { segment, cut } = await import('../src/text/segment.js');
  const oursLoad = cpuSeconds(started);
  started = process.cpuUsage();
  const napi = Jieba.withDict(dict);
  napi.loadDict(Buffer.from(readTextAsset('./product-terms.txt'), 'utf8'));
  const napiLoad = cpuSeconds(started);

  const figures = {
    tag: { ours: rate(texts, passes, segment), napi: rate(texts, passes, (text) => napi.tag(text, false)) },
    cut: { ours: rate(texts, passes, cut), napi: rate(texts, passes, (text) => napi.cut(text, false)) },
  };
  console.log(`segmentation: ${texts.length.toLocaleString()} reviews, ${(characters / texts.length).toFixed(1)} characters each, best of ${passes} passes`);
  for (const [name, { ours, napi: baseline }] of Object.entries(figures)) {
    console.log(
      `  ${name}: TypeScript ${Math.round(ours).toLocaleString()} reviews/s (${(1e6 / ours).toFixed(2)} µs each), ` +
        `@node-rs/jieba ${Math.round(baseline).toLocaleString()} reviews/s (${(1e6 / baseline).toFixed(2)} µs); ${(ours / baseline).toFixed(1)}× the baseline`,
    );
  }
  console.log(`  dictionary load: TypeScript ${(oursLoad * 1000).toFixed(0)} ms, @node-rs/jieba ${(napiLoad * 1000).toFixed(0)} ms; peak RSS ${peakRssMb()} MB`);
}
