import { describe, expect, it } from 'vitest';
import { segment } from '../../../text/segment.js';
import { chineseReviews, spreadSample } from '../../../text/testing.js';
import { ReviewEmissions } from './emissions.js';
import { analysisText } from '../extract.js';
import { LABEL_COUNT } from '../feature-rows.js';
import { characterFeatures, prepareLexicons } from '../features.js';
import { committedAbsaModel } from '../model-file.js';
import { SequenceTagger } from '../perceptron.js';

describe('ReviewEmissions', () => {
  it('scores every character exactly as the sum of its ten feature rows', () => {
    const model = committedAbsaModel();
    const lexicons = prepareLexicons(model.lexicons);
    const tagger = new SequenceTagger(model.tagger);
    const emissions = new ReviewEmissions(tagger.rows, tagger.weights, lexicons);
    // Enough distinct words that compiled word rows outgrow their first table, and edge cases: an
    // empty text, one character, characters off the model, whitespace the words skip.
    const texts = [...spreadSample(chineseReviews(), 400).map((r) => r.text), '', '好', '𠀋𠀋的盖子', 'ABC 123 很好'];
    for (const raw of texts) {
      const text = analysisText(raw);
      const words = segment(text);
      const { slots, width } = characterFeatures(text, words, lexicons, tagger.rows);
      const scores = emissions.of(text, words);
      const expected: number[] = [];
      for (let i = 0; i < text.length; i++) {
        for (let label = 0; label < LABEL_COUNT; label++) {
          let sum = 0;
          for (const slot of slots.subarray(i * width, (i + 1) * width)) if (slot >= 0) sum += tagger.weights[slot * LABEL_COUNT + label];
          expected.push(sum);
        }
      }
      expect([...scores.subarray(0, text.length * LABEL_COUNT)], raw).toEqual(expected);
    }
  });

  it('refuses a model whose rows add up past 16 bits, naming why', () => {
    const row = (columns: number, weight: number) => new Array<number>(columns * LABEL_COUNT).fill(weight);
    const weights = {
      tables: { bias: { '': row(1, 0) }, char: { 好: row(3, 200) }, bigram: { 好好: row(2, 200) }, word: {}, lex: {}, tag: {}, lexTag: {} },
      transitions: new Array<number>((LABEL_COUNT + 1) * LABEL_COUNT).fill(0),
    };
    const tagger = new SequenceTagger(weights);
    const lexicons = prepareLexicons({ polarity: {}, aspects: [], negators: [], degrees: [] });
    expect(() => new ReviewEmissions(tagger.rows, tagger.weights, lexicons)).toThrow(/does not fit 16 bits/);
  });
});
