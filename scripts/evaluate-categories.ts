/**
 * Category held out (issue 15): for each category of the hand-labelled clauses, trains a model on zhijiang and
 * the other categories (scripts/train-painpoints.ts --hold-out-category) and scores complaint pairs on every clause
 * of the category it never saw; then the committed model on the same clauses for comparison.
 *   npx tsx scripts/evaluate-categories.ts [--categories 衣服,平板]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGoldClauses } from '../src/ingest/gold-clauses.js';
import { scoreNegativePairs } from '../src/painpoints/evaluation/negative-pairs.js';
import type { PrecisionRecall } from '../src/painpoints/evaluation/metrics.js';
import { AspectOpinionExtractor } from '../src/painpoints/tagger/extract.js';
import { committedAbsaModel } from '../src/painpoints/tagger/model-file.js';
import type { AbsaModel } from '../src/painpoints/tagger/model.js';

const clauses = readGoldClauses().filter((c) => c.source === 'online_shopping_10_cats');
const only = process.argv.indexOf('--categories');
const categories = only < 0 ? [...new Set(clauses.map((c) => c.category))].sort() : process.argv[only + 1].split(',');
const fmt = (s: PrecisionRecall) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (gold ${s.gold})`;
const committed = new AspectOpinionExtractor(committedAbsaModel());
const rotated: number[] = [];
const before: number[] = [];
for (const category of categories) {
  const out = join(tmpdir(), `absa-without-${category}.json`);
  execFileSync('npx', ['tsx', 'scripts/train-painpoints.ts', '--hold-out-category', category, '--out', out], { stdio: 'ignore' });
  const model = JSON.parse(readFileSync(out, 'utf8')) as AbsaModel;
  const some = clauses.filter((c) => c.category === category);
  const held = scoreNegativePairs(new AspectOpinionExtractor(model), some).overall;
  const base = scoreNegativePairs(committed, some).overall;
  rotated.push(held.f1);
  before.push(base.f1);
  console.log(`${category}\t${some.length} clauses\tnever seen: ${fmt(held)}\tcommitted model: ${fmt(base)}`);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`mean negative pair F1, category held out: ${mean(rotated).toFixed(3)}; committed model on the same clauses: ${mean(before).toFixed(3)}`);
