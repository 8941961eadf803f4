import { describe, expect, it } from 'vitest';
import { LABEL_COUNT } from '../feature-rows.js';
import { prepareLexicons } from '../features.js';
import { loadWeights } from '../perceptron.js';
import { ReviewEmissions } from './emissions.js';

describe('ReviewEmissions', () => {
  it('refuses a model whose rows add up past 16 bits, naming why', () => {
    const row = (columns: number, weight: number) => new Array<number>(columns * LABEL_COUNT).fill(weight);
    const { rows, weights } = loadWeights({
      tables: { bias: { '': row(1, 0) }, char: { 好: row(3, 200) }, bigram: { 好好: row(2, 200) }, word: {}, lex: {}, tag: {}, lexTag: {} },
      transitions: new Array<number>((LABEL_COUNT + 1) * LABEL_COUNT).fill(0),
    });
    const lexicons = prepareLexicons({ polarity: {}, aspects: [], negators: [], degrees: [] });
    expect(() => new ReviewEmissions(rows, weights, lexicons)).toThrow(/does not fit 16 bits/);
  });
});
