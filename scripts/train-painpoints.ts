/**
 * Trains the aspect-opinion model and writes models/painpoints-absa.json:
 *   npx tsx scripts/train-painpoints.ts [--hold-out-category 衣服 --out /tmp/model.json]
 * Lexicons and aspect groups come from online_shopping_10_cats plus the zhijiang train fold; the tagger from
 * the zhijiang train fold and the train part of the hand-labelled clauses (gold/absa-negative), the
 * implicit-aspect classifier from the zhijiang train fold only, so the held-out parts stay unseen.
 * --hold-out-category leaves one category's clauses out entirely (scripts/evaluate-categories.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../src/ingest/shared-data.js';
import { clusterAspects } from '../src/painpoints/learning/aspect-groups.js';
import { analysisText, clauseRanges, sequenceOf } from '../src/painpoints/tagger/extract.js';
import { prepareLexicons, type Lexicons } from '../src/painpoints/tagger/features.js';
import { trainImplicitAspects } from '../src/painpoints/tagger/implicit-aspect.js';
import {
  countAspectContexts,
  frequentAspects,
  learnPolarity,
  type SegmentedReview,
} from '../src/painpoints/learning/learn-lexicons.js';
import type { AbsaModel } from '../src/painpoints/tagger/model.js';
import { ABSA_MODEL_URL } from '../src/painpoints/tagger/model-file.js';
import { PerceptronTrainer } from '../src/painpoints/learning/perceptron-trainer.js';
import { kindOfPolarity, spansToLabels, type Span } from '../src/painpoints/tagger/spans.js';
import { learnEnglishAspects, segmentedEnglish } from '../src/painpoints/learning/learn-english.js';
import { readGoldClauses } from '../src/ingest/gold-clauses.js';
import { GOLD_HELD_OUT_SHARE, GOLD_SPLIT_SEED, goldReviewOf, splitGoldClauses } from '../src/painpoints/learning/gold-clauses.js';
import { parseZhijiang, splitZhijiang, SPLIT_SEED, HELD_OUT_SHARE, unitHash, type GoldReview } from '../src/painpoints/learning/zhijiang.js';
import { DEGREE_WORDS, NEGATORS } from '../src/text/modifiers.js';
import { segment } from '../src/text/segment.js';

/** Passes over the train fold; held-out pair F1 stops improving after about this many. */
const EPOCHS = 10;
/** Fixed shuffling so retraining reproduces the committed weights. */
const SHUFFLE_SEED = 7;
/** Averaged weights smaller than this change no decision in practice and would only bloat the file. */
const MIN_WEIGHT = 0.05;
/** An aspect needs this many opinion co-occurrences before its context vector is worth clustering. */
const MIN_ASPECT_MENTIONS = 25;
/** The most frequent aspects kept for the lexicon and clustering; the tail is mostly segmentation noise. */
const MAX_ASPECTS = 1500;
/**
 * The Amazon sample is the only rated data: half learns the English lexicons, the other half is kept
 * to test pain points and their star cost on reviews the lexicons never saw.
 */
const ENGLISH_SPLIT = { seed: 5000, heldOut: 0.5 };
/** 4-5 stars is a happy buyer; 1-3 is not (1-2 alone are too few, 117 of 5,000, to learn from). */
const HAPPY_RATING = 4;

function segmentReview(text: string, positive?: boolean): SegmentedReview {
  const analysed = analysisText(text);
  return { clauses: clauseRanges(analysed).map((r) => segment(analysed.slice(r.start, r.end))), positive };
}

function goldSpans(review: GoldReview): Span[] {
  const spans: Span[] = [];
  for (const label of review.labels) {
    if (label.opinion) spans.push({ kind: kindOfPolarity[label.polarity], ...label.opinion });
    if (label.aspect) spans.push({ kind: 'A', ...label.aspect });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
};
const heldOutCategory = option('hold-out-category');
const outPath = option('out') ?? ABSA_MODEL_URL;

const goldClauses = splitGoldClauses(readGoldClauses()).train.filter((c) => c.category !== heldOutCategory);
const zhijiang = parseZhijiang(readFileSync(sharedData.absaReviews, 'utf8'), readFileSync(sharedData.absaLabels, 'utf8'));
const { train: zhijiangTrain } = splitZhijiang(zhijiang, SPLIT_SEED, HELD_OUT_SHARE);
const train = [...zhijiangTrain, ...goldClauses.map(goldReviewOf)];
const shopping = (parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true }) as Record<string, string>[])
  .filter((r) => r.review);

console.time('segment');
const segmented = [
  ...shopping.map((r) => segmentReview(r.review, r.label === '1')),
  ...zhijiangTrain.map((r) => segmentReview(r.text)),
];
console.timeEnd('segment');

const negators = new Set(NEGATORS);
const polarity = learnPolarity(segmented, negators);
const aspectsOf = (reviews: GoldReview[]) => new Set<string>(reviews.flatMap((r) => r.labels.flatMap((l) => (l.aspect ? [l.aspect.text] : []))));
// Aspect groups are clustered around zhijiang's aspects, as before the hand-labelled clauses came; those
// clauses' aspects join the tagger's lexicon only.
const goldAspects = aspectsOf(zhijiangTrain);
// Kaikuan's product terms (拉杆, 盒盖, 笔芯) are aspects of the goods our merchants make, absent from both corpora.
const productNouns = readFileSync(new URL('../src/text/product-terms.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim().split(/\s+/))
  .filter(([word, , tag]) => word && tag?.startsWith('n'))
  .map(([word]) => word);
const contexts = frequentAspects(
  countAspectContexts(segmented, { polarity, negators, knownAspects: new Set([...goldAspects].filter((a) => a.length > 1)) }),
  MIN_ASPECT_MENTIONS,
  MAX_ASPECTS,
);
console.time('cluster');
// Product terms too rare in the corpora to cluster still name their own group, so 拉杆角度 groups under 拉杆.
const aspectGroups = { ...Object.fromEntries(productNouns.map((a) => [a, a])), ...clusterAspects(contexts) };
console.timeEnd('cluster');

const lexicons: Lexicons = {
  polarity,
  aspects: [...new Set([...contexts.keys(), ...goldAspects, ...aspectsOf(train), ...productNouns])].sort(),
  negators: [...NEGATORS],
  degrees: [...DEGREE_WORDS.keys()],
};
const prepared = prepareLexicons(lexicons);
const trainer = new PerceptronTrainer();
const examples = train.map((r) => {
  const text = analysisText(r.text);
  return { sequence: sequenceOf(text, prepared, trainer.rows), labels: spansToLabels(text.length, goldSpans(r)) };
});
console.time('tagger');
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (const { sequence, labels } of shuffled(examples, SHUFFLE_SEED + epoch)) trainer.train(sequence, labels);
}
console.timeEnd('tagger');

// The hand-labelled clauses name a theme, not one of zhijiang's categories, so they do not teach this classifier.
const implicitAspects = trainImplicitAspects(
  zhijiangTrain.flatMap((r) =>
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
    trainedOn: [...new Set(goldClauses.map((c) => c.category))].sort(),
    clauses: goldClauses.length,
  },
  lexicons,
  tagger: trainer.averaged(MIN_WEIGHT, 2),
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
  `polarity words ${Object.keys(polarity).length}, aspects ${lexicons.aspects.length}, ` +
    `groups ${groups.size} (multi-member ${[...groups.values()].filter((g) => g.length > 1).length}), ` +
    `tagger rows ${Object.values(model.tagger.tables).reduce((n, rows) => n + Object.keys(rows).length, 0)}, ` +
    `English polarity words ${Object.keys(englishPolarity).length}, English aspects ${model.english.aspects.length}`,
);
