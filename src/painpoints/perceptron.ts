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
function viterbi(emissions: Float64Array, n: number, transitions: Float64Array): number[] {
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
 * Feature id → row of the weight table, as an open-addressing hash over one typed array of (key, row)
 * pairs: ~20 lookups per character dominate tagging, a compact table stays in cache where a 35k-entry
 * Map does not, and keeping each key beside its row makes a hit cost one cache miss instead of two.
 */
class FeatureRows {
  /** slots[2s] is the key of slot s (-1 when empty), slots[2s + 1] its row. */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: [number, number][]) {
    // At most half full, so probes stay short.
    const bits = Math.max(4, Math.ceil(Math.log2(entries.length * 2 + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits).fill(-1);
    for (const [key, row] of entries) {
      let slot = this.slotOf(key);
      while (this.slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = row;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The row of a feature, or -1 when the model never saw it. Ids are non-negative (see features.ts). */
  get(key: number): number {
    const slots = this.slots;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const k = slots[2 * slot];
      if (k === key) return slots[2 * slot + 1];
      if (k === -1) return -1;
    }
  }
}

/** Emission scores of every character, flat: [char * LABEL_COUNT + label]. */
function emissionScores(rows: FeatureRows, table: Float32Array, sequence: FeatureSequence): Float64Array {
  const { ids, width, length } = sequence;
  const scores = new Float64Array(length * LABEL_COUNT);
  for (let i = 0, f = 0; i < length; i++) {
    const at = i * LABEL_COUNT;
    for (const end = f + width; f < end; f++) {
      const row = rows.get(ids[f]);
      if (row < 0) continue;
      for (let l = 0; l < LABEL_COUNT; l++) scores[at + l] += table[row + l];
    }
  }
  return scores;
}

/** A trained tagger: decoding only, no learning state. All weights live in one flat table. */
export class SequenceTagger {
  private readonly rows: FeatureRows;
  private readonly table: Float32Array;
  private readonly transitions: Float64Array;

  constructor(committed: PerceptronWeights) {
    const entries = Object.entries(committed.features);
    this.table = new Float32Array(entries.length * LABEL_COUNT);
    entries.forEach(([, weights], k) => this.table.set(weights, k * LABEL_COUNT));
    this.rows = new FeatureRows(entries.map(([feature], k) => [Number(feature), k * LABEL_COUNT]));
    this.transitions = constrained(Float64Array.from(committed.transitions));
  }

  tag(sequence: FeatureSequence): number[] {
    const emissions = emissionScores(this.rows, this.table, sequence);
    return viterbi(emissions, sequence.length, this.transitions);
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
    const seen = [...new Set(sequence.ids)].filter((f) => this.weights.has(f));
    const table = new Float32Array(seen.length * LABEL_COUNT);
    seen.forEach((f, k) => table.set(this.weights.get(f)!, k * LABEL_COUNT));
    const emissions = emissionScores(new FeatureRows(seen.map((f, k) => [f, k * LABEL_COUNT])), table, sequence);
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
