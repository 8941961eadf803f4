/**
 * A hashed linear model: weight of feature h is weights[h & (2^bits - 1)] × scale. A document's
 * features each count 1/sqrt(n), n being how many it has, so long reviews do not shout louder than
 * short ones and a clause is scored exactly like a review. Weights stay the int16 steps the model file
 * stores: 2 MB instead of 4 as float32, and scoring reads them in random order, so half the cache misses.
 */
export interface LinearModel {
  bits: number;
  bias: number;
  weights: Int16Array;
  scale: number;
}

/** Log-odds of the positive class for features[from..to). */
export function logitOf(model: LinearModel, features: readonly number[], from = 0, to = features.length): number {
  return logitOfSum(model, weightSum(model, features, from, to), to - from);
}

/** Sum of the weights of features[from..to); sums of parts add up to the sum of the whole. */
export function weightSum(model: LinearModel, features: readonly number[], from: number, to: number): number {
  const mask = (1 << model.bits) - 1;
  const weights = model.weights;
  let sum = 0;
  for (let i = from; i < to; i++) sum += weights[features[i] & mask];
  return sum * model.scale;
}

/** Log-odds from a weight sum over `count` features. */
export function logitOfSum(model: LinearModel, sum: number, count: number): number {
  return count > 0 ? model.bias + sum / Math.sqrt(count) : model.bias;
}

export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}
