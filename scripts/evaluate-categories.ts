/**
 * Category held out (issue 15): for each category of the hand-labelled clauses, trains the tagger on zhijiang
 * and the other categories' train parts (as scripts/train-painpoints.ts does, with that category left out)
 * and scores complaint pairs on that category's train-part clauses, which it never saw; beside it, a tagger
 * trained on zhijiang alone (as before the clauses came) on the same clauses. The held-out part of every category stays out of this too, so choices made
 * by these figures (features, epochs) never look at the clauses `kaikuan eval` scores. The lexicons are learned
 * once: they do not depend on the clauses.
 *   npx tsx scripts/evaluate-categories.ts [--categories 衣服,平板]
 */
import { readGoldClauses } from '../src/ingest/gold-clauses.js';
import { splitGoldClauses } from '../src/painpoints/learning/gold-clauses.js';
import { scoreNegativePairs } from '../src/painpoints/evaluation/negative-pairs.js';
import type { PrecisionRecall } from '../src/painpoints/evaluation/metrics.js';
import { trainTagger } from '../src/painpoints/learning/train-tagger.js';
import { AspectOpinionExtractor } from '../src/painpoints/tagger/extract.js';
import { committedAbsaModel } from '../src/painpoints/tagger/model-file.js';
import { corpusLexicons, taggerLexicons, trainingData, trainingReviews } from './painpoints-training.js';

const clauses = splitGoldClauses(readGoldClauses()).train.filter((c) => c.source === 'online_shopping_10_cats');
const only = process.argv.indexOf('--categories');
const categories = only < 0 ? [...new Set(clauses.map((c) => c.category))].sort() : process.argv[only + 1].split(',');
const fmt = (s: PrecisionRecall) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
const committed = committedAbsaModel();
const data = trainingData();
const corpus = corpusLexicons(data.zhijiangTrain);
const zhijiangLexicons = taggerLexicons(corpus, data.zhijiangTrain);
const zhijiangOnly = new AspectOpinionExtractor({ ...committed, lexicons: zhijiangLexicons, tagger: trainTagger(data.zhijiangTrain, zhijiangLexicons) });
const rotated: number[] = [];
const before: number[] = [];
console.log('category\tclauses\tgold pairs\tother categories + zhijiang\tzhijiang only');
for (const category of categories) {
  const train = trainingReviews(data, category);
  const lexicons = taggerLexicons(corpus, train);
  const model = { ...committed, lexicons, tagger: trainTagger(train, lexicons) };
  const some = clauses.filter((c) => c.category === category);
  const held = scoreNegativePairs(new AspectOpinionExtractor(model), some).overall;
  const base = scoreNegativePairs(zhijiangOnly, some).overall;
  rotated.push(held.f1);
  before.push(base.f1);
  console.log(`${category}\t${some.length}\t${held.gold}\t${fmt(held)}\t${fmt(base)}`);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`mean negative pair F1, category held out: ${mean(rotated).toFixed(3)}; tagger trained on zhijiang only: ${mean(before).toFixed(3)}`);
