import { analysisText, sequenceOf } from '../tagger/extract.js';
import { prepareLexicons, type Lexicons } from '../tagger/features.js';
import type { PerceptronWeights } from '../tagger/perceptron.js';
import { kindOfPolarity, spansToLabels, type Span } from '../tagger/spans.js';
import { PerceptronTrainer } from './perceptron-trainer.js';
import type { GoldReview } from './zhijiang.js';

/** Passes over the training reviews; held-out pair F1 stops improving after about this many. */
export const EPOCHS = 10;
/** Fixed shuffling so retraining reproduces the committed weights. */
export const SHUFFLE_SEED = 7;
/** Averaged weights smaller than this change no decision in practice and would only bloat the file. */
const MIN_WEIGHT = 0.05;
const DECIMALS = 2;

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

/** The averaged structured perceptron over gold reviews (zhijiang and the hand-labelled clauses alike). */
export function trainTagger(train: GoldReview[], lexicons: Lexicons, epochs = EPOCHS): PerceptronWeights {
  const prepared = prepareLexicons(lexicons);
  const trainer = new PerceptronTrainer();
  const examples = train.map((r) => {
    const text = analysisText(r.text);
    return { sequence: sequenceOf(text, prepared, trainer.rows), labels: spansToLabels(text.length, goldSpans(r)) };
  });
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { sequence, labels } of shuffled(examples, SHUFFLE_SEED + epoch)) trainer.train(sequence, labels);
  }
  return trainer.averaged(MIN_WEIGHT, DECIMALS);
}

/** Aspect terms the gold labels name, for the tagger's aspect lexicon. */
export const aspectsOf = (reviews: GoldReview[]): Set<string> =>
  new Set(reviews.flatMap((r) => r.labels.flatMap((l) => (l.aspect ? [l.aspect.text] : []))));
