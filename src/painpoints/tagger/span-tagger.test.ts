import { describe, expect, it } from 'vitest';
import { segment } from '../../text/segment.js';
import { chineseReviews, englishReviews } from '../../ingest/corpora.js';
import { spreadSample } from '../../text/testing.js';
import { compiledTagger } from './compiled/compiled-tagger.js';
import { AspectOpinionExtractor, analysisText, type MakeSpanTagger } from './extract.js';
import { FeatureRows, LABEL_COUNT, TABLE_COLUMNS, TABLE_NAMES, type CommittedTables } from './feature-rows.js';
import { characterFeatures, prepareLexicons } from './features.js';
import { committedAbsaModel } from './model-file.js';
import { loadWeights, type PerceptronWeights } from './perceptron.js';
import { plainTagger } from './plain-tagger.js';
import { labelsToSpans, OUTSIDE, transitionAllowed } from './spans.js';

/** Every SpanTagger; each must give the answers below. */
const taggers: [string, MakeSpanTagger][] = [
  ['plainTagger', plainTagger],
  ['compiledTagger', compiledTagger],
];

/** A fixed pseudo-random sequence, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
}

const lexicons = prepareLexicons({ polarity: { 好: 2, 差: -2, 松: -1.5 }, aspects: ['拉杆'], negators: ['不'], degrees: ['很'] });
const ALPHABET = '拉杆很好不松差的了，';

/**
 * A tagger model with random weights (two decimals, as committed) for every key `texts` fire, less a
 * few left out so unknown keys occur too.
 */
function randomModel(texts: string[], next: () => number): PerceptronWeights {
  const rows = new FeatureRows();
  for (const text of texts) characterFeatures(text, segment(text), lexicons, rows);
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, {}])) as CommittedTables;
  const weight = () => Math.round(next() * 600 - 300) / 100;
  for (const { table, key } of rows.rows()) {
    if (table !== 'bias' && next() < 0.15) continue;
    tables[table][key] = Array.from({ length: TABLE_COLUMNS[table] * LABEL_COUNT }, weight);
  }
  return { tables, transitions: Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, weight) };
}

/** The spans of the best allowed label sequence, by scoring every sequence: what each tagger must find. */
function bruteForceSpans(text: string, committed: PerceptronWeights) {
  const { rows, weights, transitions } = loadWeights(committed);
  const { slots, width, length: n } = characterFeatures(text, segment(text), lexicons, rows);
  const emission = (i: number, label: number) => {
    let sum = 0;
    for (const slot of slots.subarray(i * width, (i + 1) * width)) if (slot >= 0) sum += weights[slot * LABEL_COUNT + label];
    return sum;
  };
  let best = -Infinity;
  let bestPath: number[] = [];
  const path = new Array<number>(n).fill(OUTSIDE);
  const visit = (i: number, score: number) => {
    if (i === n) {
      if (score > best) (best = score), (bestPath = [...path]);
      return;
    }
    for (let label = 0; label < LABEL_COUNT; label++) {
      const from = i === 0 ? LABEL_COUNT : path[i - 1];
      if (!transitionAllowed(i === 0 ? OUTSIDE : from, label)) continue;
      path[i] = label;
      visit(i + 1, score + transitions[from * LABEL_COUNT + label] + emission(i, label));
    }
  };
  visit(0, 0);
  return labelsToSpans(bestPath);
}

describe.each(taggers)('%s', (_, makeTagger) => {
  it('finds the spans of the best allowed labels, as trying every sequence does', () => {
    const next = random(11);
    for (let trial = 0; trial < 40; trial++) {
      const texts = Array.from({ length: 3 }, () =>
        Array.from({ length: 1 + Math.floor(next() * 4) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(''),
      );
      const model = randomModel(texts, next);
      const tagger = makeTagger(model, lexicons);
      for (const text of texts) expect(tagger.spans(text, segment(text)), text).toEqual(bruteForceSpans(text, model));
    }
  });

  it('gives the committed model’s spans of real reviews exactly as the plain reference does', () => {
    const model = committedAbsaModel();
    const committedLexicons = prepareLexicons(model.lexicons);
    const tagger = makeTagger(model.tagger, committedLexicons);
    const reference = plainTagger(model.tagger, committedLexicons);
    // Enough distinct words that compiled word rows outgrow their first table, and edge cases: an
    // empty text, one character, characters off the model, whitespace the words skip.
    const texts = [...spreadSample(chineseReviews(), 400).map((r) => r.text), '', '好', '𠀋𠀋的盖子', 'ABC 123 很好'];
    for (const raw of texts) {
      const text = analysisText(raw);
      expect(tagger.spans(text, segment(text)), raw).toEqual(reference.spans(text, segment(text)));
    }
  });

  it('gives the extractor the plain reference’s triples', () => {
    const model = committedAbsaModel();
    const extractor = new AspectOpinionExtractor(model, makeTagger);
    const reference = new AspectOpinionExtractor(model, plainTagger);
    const texts = [...spreadSample(chineseReviews(), 300), ...spreadSample(englishReviews(), 50)].map((r) => r.text);
    for (const text of texts) expect(extractor.extract(text), text).toEqual(reference.extract(text));
  });
});
