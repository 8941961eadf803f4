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
}

/** Pairs of curvature history L-BFGS keeps; 10 is the textbook default and plenty here. */
const HISTORY = 10;
/** Stop when the objective improves by less than this fraction per iteration. */
const RELATIVE_TOLERANCE = 1e-6;
/** Armijo sufficient-decrease constant. */
const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 30;

export function trainLogistic(set: TrainingSet, options: TrainingOptions): { bias: number; weights: Float64Array } {
  const dimension = (1 << options.bits) + 1; // the last coordinate is the unregularised bias
  const objective = (w: Float64Array, gradient: Float64Array) => lossAndGradient(set, w, gradient, 1 / options.c);
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
  return { bias: w[dimension - 1], weights: w.subarray(0, dimension - 1) };
}

function lossAndGradient(set: TrainingSet, w: Float64Array, gradient: Float64Array, l2: number): number {
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
    for (let k = from; k < to; k++) z += w[buckets[k]] * value;
    const sign = labels[d] === 1 ? 1 : -1;
    const margin = sign * z;
    const weight = importance ? importance[d] : 1;
    loss += weight * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
    const residual = (-sign * weight) / (1 + Math.exp(margin)); // d loss / d z
    gradient[biasIndex] += residual;
    const scaled = residual * value;
    for (let k = from; k < to; k++) gradient[buckets[k]] += scaled;
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
