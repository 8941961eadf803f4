/**
 * L2-regularised logistic regression by L-BFGS over hashed sparse documents: the same objective
 * scikit-learn's LogisticRegression(C) minimises, so tuning carries over. Used only by the training
 * script; inference needs just the weights (linear-model.ts).
 */
export interface TrainingSet {
  /** Bucket of every feature occurrence, documents back to back. */
  buckets: Int32Array;
  /** Document d owns buckets[offsets[d] .. offsets[d + 1]). */
  offsets: Int32Array;
  /** 1 = positive. */
  labels: Uint8Array;
  /** How much each document counts; balances a skewed set (English: 40 positive reviews per negative). */
  importance?: Float32Array;
}

export interface TrainingOptions {
  bits: number;
  /** Inverse regularisation strength, as scikit-learn's C. */
  c: number;
  maxIterations: number;
  /**
   * NB-LR (Wang & Manning 2012): scale each feature by its naive-Bayes log-count ratio before fitting,
   * so regularisation lets polar words move further than neutral ones. Inference is unchanged: the
   * scale is folded into the returned weights.
   */
  naiveBayes?: boolean;
}

/** Laplace smoothing of the naive-Bayes counts, the usual alpha = 1. */
const NB_SMOOTHING = 1;

/** Pairs of curvature history L-BFGS keeps; 10 is the textbook default and plenty here. */
const HISTORY = 10;
/** Stop when the objective improves by less than this fraction per iteration. */
const RELATIVE_TOLERANCE = 1e-6;
/** Armijo sufficient-decrease constant. */
const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 30;

export function trainLogistic(set: TrainingSet, options: TrainingOptions): { bias: number; weights: Float64Array } {
  // Only buckets some document uses can move away from 0 under L2, so optimise over those alone:
  // a few hundred thousand coordinates instead of 2^bits makes each L-BFGS step several times cheaper.
  const { compact, used } = compactBuckets(set.buckets, options.bits);
  const compacted = { ...set, buckets: compact };
  const scale = options.naiveBayes ? naiveBayesRatios(compacted, used.length) : new Float64Array(used.length).fill(1);
  const solution = minimise(compacted, scale, options);
  const weights = new Float64Array(1 << options.bits);
  used.forEach((bucket, i) => (weights[bucket] = solution[i] * scale[i]));
  return { bias: solution[used.length], weights };
}

function compactBuckets(buckets: Int32Array, bits: number): { compact: Int32Array; used: number[] } {
  const indexOf = new Int32Array(1 << bits).fill(-1);
  const used: number[] = [];
  const compact = new Int32Array(buckets.length);
  for (let k = 0; k < buckets.length; k++) {
    const bucket = buckets[k];
    if (indexOf[bucket] < 0) {
      indexOf[bucket] = used.length;
      used.push(bucket);
    }
    compact[k] = indexOf[bucket];
  }
  return { compact, used };
}

/** |log-count ratio| of each feature between positive and negative documents (presence counts). */
function naiveBayesRatios(set: TrainingSet, features: number): Float64Array {
  const positive = new Float64Array(features).fill(NB_SMOOTHING);
  const negative = new Float64Array(features).fill(NB_SMOOTHING);
  const seenIn = new Int32Array(features).fill(-1);
  for (let d = 0; d + 1 < set.offsets.length; d++) {
    const counts = set.labels[d] === 1 ? positive : negative;
    for (let k = set.offsets[d]; k < set.offsets[d + 1]; k++) {
      const feature = set.buckets[k];
      if (seenIn[feature] === d) continue;
      seenIn[feature] = d;
      counts[feature]++;
    }
  }
  const positiveTotal = positive.reduce((a, b) => a + b, 0);
  const negativeTotal = negative.reduce((a, b) => a + b, 0);
  // The magnitude only: the sign is learnt by the regression, the ratio just sets how far it may go.
  return positive.map((p, i) => Math.abs(Math.log(p / positiveTotal / (negative[i] / negativeTotal))));
}

/** L-BFGS over one weight per feature (each scaled by `scale`) plus a final, unregularised bias coordinate. */
function minimise(set: TrainingSet, scale: Float64Array, options: TrainingOptions): Float64Array {
  const dimension = scale.length + 1;
  const objective = (w: Float64Array, gradient: Float64Array) => lossAndGradient(set, scale, w, gradient, 1 / options.c);
  const w = new Float64Array(dimension);
  const gradient = new Float64Array(dimension);
  let loss = objective(w, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    const direction = searchDirection(gradient, steps, changes);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      steps.length = changes.length = 0;
      for (let i = 0; i < dimension; i++) direction[i] = -gradient[i];
      slope = dot(direction, gradient);
    }
    let step = iteration === 0 ? 1 / Math.sqrt(-slope) : 1;
    const candidate = new Float64Array(dimension);
    const candidateGradient = new Float64Array(dimension);
    let candidateLoss = Infinity;
    for (let backtrack = 0; backtrack < MAX_BACKTRACKS; backtrack++) {
      for (let i = 0; i < dimension; i++) candidate[i] = w[i] + step * direction[i];
      candidateLoss = objective(candidate, candidateGradient);
      if (candidateLoss <= loss + ARMIJO * step * slope) break;
      step /= 2;
    }
    if (!(candidateLoss < loss)) break;
    const s = new Float64Array(dimension);
    const y = new Float64Array(dimension);
    for (let i = 0; i < dimension; i++) {
      s[i] = candidate[i] - w[i];
      y[i] = candidateGradient[i] - gradient[i];
    }
    if (dot(s, y) > 0) {
      steps.push(s);
      changes.push(y);
      if (steps.length > HISTORY) {
        steps.shift();
        changes.shift();
      }
    }
    const improvement = (loss - candidateLoss) / Math.max(1, Math.abs(loss));
    w.set(candidate);
    gradient.set(candidateGradient);
    loss = candidateLoss;
    if (improvement < RELATIVE_TOLERANCE) break;
  }
  return w;
}

function lossAndGradient(set: TrainingSet, scale: Float64Array, w: Float64Array, gradient: Float64Array, l2: number): number {
  const biasIndex = w.length - 1;
  let loss = 0;
  for (let i = 0; i < biasIndex; i++) {
    loss += 0.5 * l2 * w[i] * w[i];
    gradient[i] = l2 * w[i];
  }
  gradient[biasIndex] = 0;
  const { buckets, offsets, labels, importance } = set;
  for (let d = 0; d + 1 < offsets.length; d++) {
    const from = offsets[d];
    const to = offsets[d + 1];
    const value = to > from ? 1 / Math.sqrt(to - from) : 0;
    let z = w[biasIndex];
    for (let k = from; k < to; k++) z += w[buckets[k]] * scale[buckets[k]] * value;
    const sign = labels[d] === 1 ? 1 : -1;
    const margin = sign * z;
    const weight = importance ? importance[d] : 1;
    loss += weight * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
    const residual = (-sign * weight) / (1 + Math.exp(margin)); // d loss / d z
    gradient[biasIndex] += residual;
    const scaled = residual * value;
    for (let k = from; k < to; k++) gradient[buckets[k]] += scaled * scale[buckets[k]];
  }
  return loss;
}

/** The L-BFGS two-loop recursion: an approximate Newton step from recent curvature pairs. */
function searchDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[]): Float64Array {
  const q = Float64Array.from(gradient);
  const alphas: number[] = [];
  for (let j = steps.length - 1; j >= 0; j--) {
    const alpha = dot(steps[j], q) / dot(changes[j], steps[j]);
    alphas[j] = alpha;
    axpy(-alpha, changes[j], q);
  }
  if (steps.length > 0) {
    const last = steps.length - 1;
    const scale = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
    for (let i = 0; i < q.length; i++) q[i] *= scale;
  }
  for (let j = 0; j < steps.length; j++) {
    const beta = dot(changes[j], q) / dot(changes[j], steps[j]);
    axpy(alphas[j] - beta, steps[j], q);
  }
  for (let i = 0; i < q.length; i++) q[i] = -q[i];
  return q;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += alpha * x[i];
}

/** Packs documents' feature hashes into buckets of a 2^bits table. */
export function trainingSetOf(documents: readonly (readonly number[])[], positives: readonly boolean[], bits: number): TrainingSet {
  const mask = (1 << bits) - 1;
  const total = documents.reduce((sum, features) => sum + features.length, 0);
  const buckets = new Int32Array(total);
  const offsets = new Int32Array(documents.length + 1);
  let next = 0;
  documents.forEach((features, d) => {
    offsets[d] = next;
    for (const hash of features) buckets[next++] = hash & mask;
  });
  offsets[documents.length] = next;
  return { buckets, offsets, labels: Uint8Array.from(positives, (p) => (p ? 1 : 0)) };
}

/** Weights that make both classes count equally in total, whatever their sizes. */
export function balancedImportance(positives: readonly boolean[]): Float32Array {
  const positiveCount = positives.filter(Boolean).length;
  const negativeCount = positives.length - positiveCount;
  const half = positives.length / 2;
  return Float32Array.from(positives, (p) => half / (p ? positiveCount : negativeCount));
}
