import { LABELS, OUTSIDE, transitionAllowed } from './spans.js';

const LABEL_COUNT = LABELS.length;

/** Weights as committed in models/: feature id → one weight per label, plus label-to-label transitions. */
export interface PerceptronWeights {
  features: Record<string, number[]>;
  /** transitions[from * LABEL_COUNT + to]; row LABEL_COUNT is the sentence start. */
  transitions: number[];
}

/**
 * One sequence: the ids of the features that fire at each character (see features.ts), `width` per
 * character in one flat array, so building it costs one allocation per review.
 */
export interface FeatureSequence {
  ids: Int32Array;
  width: number;
  length: number;
}

const featuresAt = (sequence: FeatureSequence, i: number) => sequence.ids.subarray(i * sequence.width, (i + 1) * sequence.width);

/** Transition scores with the BIO constraint folded in as -Infinity, so decoding needs no branches. */
function constrained(transitions: Float64Array): Float64Array {
  const out = Float64Array.from(transitions);
  for (let from = 0; from <= LABEL_COUNT; from++) {
    for (let to = 0; to < LABEL_COUNT; to++) {
      if (!transitionAllowed(from === LABEL_COUNT ? OUTSIDE : from, to)) out[from * LABEL_COUNT + to] = -Infinity;
    }
  }
  return out;
}

/**
 * Best label sequence (first-order Viterbi) over flat arrays: one allocation per review rather than
 * several per character, which is what decoding time was going to.
 */
function viterbi(emissions: Float64Array | Int32Array, n: number, transitions: Float64Array): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * LABEL_COUNT);
  const back = new Uint8Array(n * LABEL_COUNT);
  const start = LABEL_COUNT * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) score[l] = transitions[start + l] + emissions[l];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * LABEL_COUNT;
    const here = i * LABEL_COUNT;
    for (let to = 0; to < LABEL_COUNT; to++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < LABEL_COUNT; from++) {
        const s = score[prev + from] + transitions[from * LABEL_COUNT + to];
        if (s > best) (best = s), (arg = from);
      }
      score[here + to] = best + emissions[here + to];
      back[here + to] = arg;
    }
  }
  const lastRow = (n - 1) * LABEL_COUNT;
  let last = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (score[lastRow + l] > score[lastRow + last]) last = l;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * LABEL_COUNT + path[i]];
  return path;
}

/**
 * Committed weights have two decimals (scripts/train-painpoints.ts rounds them) and stay far below
 * ±327, so in hundredths they are exact 16-bit integers: half the memory of float32, and scores summed
 * exactly instead of with float rounding.
 */
const HUNDREDTHS = 100;
/** One hash slot in 16-bit units: the 32-bit feature id, then a weight per label, padded to 4-byte alignment. */
const SLOT_SHORTS = 2 + LABEL_COUNT + (LABEL_COUNT % 2);
const SLOT_INTS = SLOT_SHORTS / 2;
/**
 * Slots per feature at least: probes stay short (~1.5 on a hit, ~3 on a miss) while the table
 * (35k features, 1.5 MB) fits the 2 MB L2 cache, since cache misses are what tagging time went to.
 */
const MIN_SLOTS_PER_FEATURE = 4 / 3;

/**
 * Feature id → weights, as open addressing over one flat array whose slots hold the id and its weights
 * side by side: ~20 lookups per character dominate tagging, and with the weights beside the key a hit
 * costs one cache miss, not one for the key and another for a separate weight row.
 */
class FeatureWeights {
  /** keys[s * SLOT_INTS] is the id in slot s (-1 when empty); `weights` views the same memory. */
  private readonly keys: Int32Array;
  private readonly weights: Int16Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: [number, number[]][]) {
    const bits = Math.max(4, Math.ceil(Math.log2(entries.length * MIN_SLOTS_PER_FEATURE + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keys = new Int32Array(SLOT_INTS << bits).fill(-1);
    this.weights = new Int16Array(this.keys.buffer);
    for (const [key, weights] of entries) {
      let slot = this.slotOf(key);
      while (this.keys[slot * SLOT_INTS] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot * SLOT_INTS] = key;
      this.weights.set(weights.map(inHundredths), slot * SLOT_SHORTS + 2);
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** Adds the feature's weights to scores[at …]; a feature the model never saw adds nothing. Ids are non-negative (see features.ts). */
  addTo(key: number, scores: Int32Array, at: number): void {
    const keys = this.keys;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const k = keys[slot * SLOT_INTS];
      if (k === -1) return;
      if (k !== key) continue;
      const weights = this.weights;
      const base = slot * SLOT_SHORTS + 2;
      scores[at] += weights[base];
      scores[at + 1] += weights[base + 1];
      scores[at + 2] += weights[base + 2];
      scores[at + 3] += weights[base + 3];
      scores[at + 4] += weights[base + 4];
      scores[at + 5] += weights[base + 5];
      scores[at + 6] += weights[base + 6];
      scores[at + 7] += weights[base + 7];
      scores[at + 8] += weights[base + 8];
      return;
    }
  }
}

/**
 * addTo writes its nine per-label adds out: V8 does not unroll the loop, and this add is the tagger's
 * innermost step (tagging ~25% faster). A change to the label set must change addTo too.
 */
const UNROLLED_LABELS = 9;
if (LABEL_COUNT !== UNROLLED_LABELS) throw new Error(`FeatureWeights.addTo adds ${UNROLLED_LABELS} labels, the tagger has ${LABEL_COUNT}`);

const inHundredths = (weight: number) => Math.round(weight * HUNDREDTHS);

/** A trained tagger: decoding only, no learning state. Scores are in hundredths throughout. */
export class SequenceTagger {
  private readonly weights: FeatureWeights;
  private readonly transitions: Float64Array;

  constructor(committed: PerceptronWeights) {
    this.weights = new FeatureWeights(Object.entries(committed.features).map(([feature, weights]) => [Number(feature), weights]));
    this.transitions = constrained(Float64Array.from(committed.transitions, inHundredths));
  }

  /** Emission scores of every character, flat: [char * LABEL_COUNT + label]. */
  private emissions(sequence: FeatureSequence): Int32Array {
    const { ids, width, length } = sequence;
    const scores = new Int32Array(length * LABEL_COUNT);
    for (let i = 0, f = 0; i < length; i++) {
      for (const end = f + width; f < end; f++) this.weights.addTo(ids[f], scores, i * LABEL_COUNT);
    }
    return scores;
  }

  tag(sequence: FeatureSequence): number[] {
    return viterbi(this.emissions(sequence), sequence.length, this.transitions);
  }
}

/**
 * Averaged structured perceptron (Collins 2002): plain updates on mistakes, averaged weights at the end,
 * which generalise far better than the last iterate on a few thousand reviews.
 */
export class PerceptronTrainer {
  private readonly weights = new Map<number, Float64Array>();
  private readonly totals = new Map<number, Float64Array>();
  private readonly stamps = new Map<number, Float64Array>();
  private readonly transitions = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private readonly transitionTotals = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private readonly transitionStamps = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private clock = 0;

  train(sequence: FeatureSequence, gold: number[]): void {
    this.clock++;
    const emissions = new Float64Array(sequence.length * LABEL_COUNT);
    for (let i = 0; i < sequence.length; i++) {
      for (const feature of featuresAt(sequence, i)) {
        const w = this.weights.get(feature);
        if (w) for (let l = 0; l < LABEL_COUNT; l++) emissions[i * LABEL_COUNT + l] += w[l];
      }
    }
    const predicted = viterbi(emissions, sequence.length, constrained(this.transitions));
    for (let i = 0; i < sequence.length; i++) {
      const prevGold = i === 0 ? LABEL_COUNT : gold[i - 1];
      const prevPred = i === 0 ? LABEL_COUNT : predicted[i - 1];
      if (predicted[i] === gold[i] && prevGold === prevPred) continue;
      for (const feature of featuresAt(sequence, i)) {
        this.bump(feature, gold[i], 1);
        this.bump(feature, predicted[i], -1);
      }
      this.bumpTransition(prevGold * LABEL_COUNT + gold[i], 1);
      this.bumpTransition(prevPred * LABEL_COUNT + predicted[i], -1);
    }
  }

  private bump(feature: number, label: number, delta: number): void {
    let w = this.weights.get(feature);
    if (!w) {
      w = new Float64Array(LABEL_COUNT);
      this.weights.set(feature, w);
      this.totals.set(feature, new Float64Array(LABEL_COUNT));
      this.stamps.set(feature, new Float64Array(LABEL_COUNT).fill(this.clock));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[label] += (this.clock - stamps[label]) * w[label];
    stamps[label] = this.clock;
    w[label] += delta;
  }

  private bumpTransition(index: number, delta: number): void {
    this.transitionTotals[index] += (this.clock - this.transitionStamps[index]) * this.transitions[index];
    this.transitionStamps[index] = this.clock;
    this.transitions[index] += delta;
  }

  /** Averaged weights, rounded and with near-zero features dropped so the committed model stays small. */
  averaged(minMagnitude: number, decimals: number): PerceptronWeights {
    const round = (x: number) => Number(x.toFixed(decimals));
    const average = (w: number, total: number, stamp: number) => (total + (this.clock - stamp) * w) / this.clock;
    const features: Record<string, number[]> = {};
    for (const [feature, w] of this.weights) {
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const avg = Array.from(w, (x, l) => round(average(x, totals[l], stamps[l])));
      if (avg.some((x) => Math.abs(x) >= minMagnitude)) features[feature] = avg;
    }
    const transitions = Array.from(this.transitions, (x, i) =>
      round(average(x, this.transitionTotals[i], this.transitionStamps[i])),
    );
    return { features, transitions };
  }
}
