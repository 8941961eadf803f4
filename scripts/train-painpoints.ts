/**
 * Trains the aspect-opinion model and writes models/painpoints-absa.json:
 *   npx tsx scripts/train-painpoints.ts [--out /tmp/model.json]
 * Lexicons and aspect groups come from online_shopping_10_cats plus the zhijiang train fold; the tagger from
 * the zhijiang train fold and the train part of the hand-labelled clauses (gold/absa-negative), the
 * implicit-aspect classifier from the zhijiang train fold only, so the held-out parts stay unseen.
 * scripts/evaluate-categories.ts trains the same way with one category left out.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../src/ingest/shared-data.js';
import { clusterAspects } from '../src/painpoints/learning/aspect-groups.js';
import { GOLD_HELD_OUT_SHARE, GOLD_SPLIT_SEED } from '../src/painpoints/learning/gold-clauses.js';
import { learnPolarity } from '../src/painpoints/learning/learn-lexicons.js';
import { trainTagger } from '../src/painpoints/learning/train-tagger.js';
import { analysisText } from '../src/painpoints/tagger/extract.js';
import { trainImplicitAspects } from '../src/painpoints/tagger/implicit-aspect.js';
import type { AbsaModel } from '../src/painpoints/tagger/model.js';
import { ABSA_MODEL_URL } from '../src/painpoints/tagger/model-file.js';
import { learnEnglishAspects, segmentedEnglish } from '../src/painpoints/learning/learn-english.js';
import { SPLIT_SEED, HELD_OUT_SHARE, unitHash } from '../src/painpoints/learning/zhijiang.js';
import { corpusLexicons, negators, productNouns, taggerLexicons, trainingData, trainingReviews } from './painpoints-training.js';

/**
 * The Amazon sample is the only rated data: half learns the English lexicons, the other half is kept
 * to test pain points and their star cost on reviews the lexicons never saw.
 */
const ENGLISH_SPLIT = { seed: 5000, heldOut: 0.5 };
/** 4-5 stars is a happy buyer; 1-3 is not (1-2 alone are too few, 117 of 5,000, to learn from). */
const HAPPY_RATING = 4;

const at = process.argv.indexOf('--out');
const outPath = at < 0 ? ABSA_MODEL_URL : process.argv[at + 1];

const data = trainingData();
const train = trainingReviews(data);
console.time('lexicons');
const corpus = corpusLexicons(data.zhijiangTrain);
console.timeEnd('lexicons');
console.time('cluster');
// Product terms too rare in the corpora to cluster still name their own group, so 拉杆角度 groups under 拉杆.
const aspectGroups = { ...Object.fromEntries(productNouns.map((a) => [a, a])), ...clusterAspects(corpus.contexts) };
console.timeEnd('cluster');

const lexicons = taggerLexicons(corpus, train);
console.time('tagger');
const tagger = trainTagger(train, lexicons);
console.timeEnd('tagger');

// The hand-labelled clauses name a theme, not one of zhijiang's categories, so they do not teach this classifier.
const implicitAspects = trainImplicitAspects(
  data.zhijiangTrain.flatMap((r) =>
    r.labels.flatMap((l) => (l.opinion && !l.aspect ? [{ opinion: analysisText(l.opinion.text), category: l.category }] : [])),
  ),
);

const amazon = (parse(readFileSync(sharedData.amazonReviews, 'utf8'), { columns: true, bom: true }) as Record<string, string>[])
  .map((r, row) => ({ row, text: `${r['reviews.title']}. ${r['reviews.text']}`, rating: Number(r['reviews.rating']) }))
  .filter((r) => unitHash(ENGLISH_SPLIT.seed, String(r.row)) >= ENGLISH_SPLIT.heldOut);
const englishPolarity = learnPolarity(amazon.map((r) => segmentedEnglish(r.text, r.rating >= HAPPY_RATING)), negators);

const learned: Omit<AbsaModel, 'version'> = {
  split: { seed: SPLIT_SEED, heldOut: HELD_OUT_SHARE },
  goldSplit: {
    seed: GOLD_SPLIT_SEED,
    heldOut: GOLD_HELD_OUT_SHARE,
    trainedOn: [...new Set(data.clauses.map((c) => c.category))].sort(),
    clauses: data.clauses.length,
  },
  lexicons,
  tagger,
  implicitAspects,
  aspectGroups,
  english: { polarity: englishPolarity, aspects: learnEnglishAspects(amazon.map((r) => r.text), englishPolarity) },
  englishSplit: ENGLISH_SPLIT,
};
const version = createHash('sha256').update(JSON.stringify(learned)).digest('hex').slice(0, 12);
const model: AbsaModel = { version, ...learned };
writeFileSync(outPath, JSON.stringify(model));
const groups = new Map<string, string[]>();
for (const [aspect, group] of Object.entries(aspectGroups)) groups.set(group, [...(groups.get(group) ?? []), aspect]);
console.log(
  `polarity words ${Object.keys(corpus.polarity).length}, aspects ${lexicons.aspects.length}, ` +
    `groups ${groups.size} (multi-member ${[...groups.values()].filter((g) => g.length > 1).length}), ` +
    `tagger rows ${Object.values(model.tagger.tables).reduce((n, rows) => n + Object.keys(rows).length, 0)}, ` +
    `English polarity words ${Object.keys(englishPolarity).length}, English aspects ${model.english.aspects.length}`,
);
