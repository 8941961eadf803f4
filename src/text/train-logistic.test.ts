import { describe, expect, it } from 'vitest';
import { isHeldOut } from './corpus.js';
import { logitOf } from './linear-model.js';
import { decodeModel, encodeModel } from './model-file.js';
import { reviewFeatures } from './review-features.js';
import { chineseReviews } from '../ingest/corpora.js';
import { spreadSample } from './testing.js';
import { balancedImportance, trainingSetOf, trainLogistic } from './train-logistic.js';

describe('trainLogistic', () => {
  const sample = spreadSample(chineseReviews(), 6000);
  const train = sample.filter((r) => !isHeldOut(r.text));
  const test = sample.filter((r) => isHeldOut(r.text));
  const bits = 16;
  const set = trainingSetOf(train.map((r) => reviewFeatures(r.text).bag.features), train.map((r) => r.positive), bits);
  const accuracy = (model: { bias: number; weights: Float64Array }) => {
    const linear = decodeModel(encodeModel({ bits, bias: model.bias, weights: model.weights })); // as it ships
    return test.filter((r) => logitOf(linear, reviewFeatures(r.text).bag.features) > 0 === r.positive).length / test.length;
  };

  it('learns review polarity from a few thousand real reviews', () => {
    expect(accuracy(trainLogistic(set, { bits, c: 10, maxIterations: 100 }))).toBeGreaterThan(0.86);
  });

  it('learns with naive-Bayes feature scaling, returning weights that need no scaling at inference', () => {
    expect(accuracy(trainLogistic(set, { bits, c: 10, maxIterations: 100, naiveBayes: true }))).toBeGreaterThan(0.86);
  });

  it('shrinks weights as regularisation grows', () => {
    const norm = (w: Float64Array) => Math.sqrt(w.reduce((sum, x) => sum + x * x, 0));
    const loose = trainLogistic(set, { bits, c: 10, maxIterations: 60 });
    const tight = trainLogistic(set, { bits, c: 0.01, maxIterations: 60 });
    expect(norm(tight.weights)).toBeLessThan(norm(loose.weights) / 5);
  });
});

describe('balancedImportance', () => {
  it('gives both classes the same total weight', () => {
    const positives = [true, true, true, false];
    const importance = balancedImportance(positives);
    expect(importance[0] * 3).toBeCloseTo(importance[3]);
    expect([...importance].reduce((a, b) => a + b, 0)).toBeCloseTo(positives.length);
  });
});
