import { FeatureRows, LABEL_COUNT, TABLE_COLUMNS, TABLE_NAMES, type CommittedTables } from './feature-rows.js';
import { OUTSIDE, transitionAllowed } from './spans.js';

/** Weights as committed in models/: feature rows by table and key, plus label-to-label transitions. */
export interface PerceptronWeights {
  tables: CommittedTables;
  /** transitions[from * LABEL_COUNT + to]; row LABEL_COUNT is the sentence start. */
  transitions: number[];
}

/**
 * One sequence: the slots (see feature-rows.ts) of the features that fire at each character, `width`
 * per character in one flat array, so building it costs one allocation per review; -1 is a feature the
 * model does not know.
 */
export interface FeatureSequence {
  slots: Int32Array;
  width: number;
  length: number;
}

const featuresAt = (sequence: FeatureSequence, i: number) => sequence.slots.subarray(i * sequence.width, (i + 1) * sequence.width);

/** Transition scores with the BIO constraint folded in as -Infinity, so decoding needs no branches. */
export function constrained(transitions: Float64Array): Float64Array {
  const out = Float64Array.from(transitions);
  for (let from = 0; from <= LABEL_COUNT; from++) {
    for (let to = 0; to < LABEL_COUNT; to++) {
      if (!transitionAllowed(from === LABEL_COUNT ? OUTSIDE : from, to)) out[from * LABEL_COUNT + to] = -Infinity;
    }
  }
  return out;
}

/**
 * Best label sequence (first-order Viterbi) over flat arrays, written out for the nine labels: the
 * previous character's nine scores stay in locals, the five labels that may follow anything (O, B-x)
 * compare nine candidates each, and an inside label (I-x = B-x + 1, spans.ts) only its B-x and itself.
 * Ties go to the lower label, as a loop would. Twice as fast as the loops it replaced.
 */
export function viterbi(
  emissions: Int32Array,
  n: number,
  transitions: Float64Array,
  score = new Float64Array(n * LABEL_COUNT),
  back = new Uint8Array(n * LABEL_COUNT),
): number[] {
  if (n === 0) return [];
  const t = transitions;
  const start = LABEL_COUNT * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) score[l] = t[start + l] + emissions[l];
  let p0 = score[0], p1 = score[1], p2 = score[2], p3 = score[3], p4 = score[4], p5 = score[5], p6 = score[6], p7 = score[7], p8 = score[8];
  for (let i = 1; i < n; i++) {
    const here = i * LABEL_COUNT;
    for (let to = 0; to < LABEL_COUNT; to += to === 0 ? 1 : 2) {
      let best = p0 + t[to];
      let arg = 0;
      let s: number;
      if ((s = p1 + t[9 + to]) > best) (best = s), (arg = 1);
      if ((s = p2 + t[18 + to]) > best) (best = s), (arg = 2);
      if ((s = p3 + t[27 + to]) > best) (best = s), (arg = 3);
      if ((s = p4 + t[36 + to]) > best) (best = s), (arg = 4);
      if ((s = p5 + t[45 + to]) > best) (best = s), (arg = 5);
      if ((s = p6 + t[54 + to]) > best) (best = s), (arg = 6);
      if ((s = p7 + t[63 + to]) > best) (best = s), (arg = 7);
      if ((s = p8 + t[72 + to]) > best) (best = s), (arg = 8);
      score[here + to] = best + emissions[here + to];
      back[here + to] = arg;
    }
    for (let to = 2; to < LABEL_COUNT; to += 2) {
      const begun = score[here - LABEL_COUNT + to - 1] + t[(to - 1) * LABEL_COUNT + to];
      const continued = score[here - LABEL_COUNT + to] + t[to * LABEL_COUNT + to];
      const continues = continued > begun;
      score[here + to] = (continues ? continued : begun) + emissions[here + to];
      back[here + to] = continues ? to : to - 1;
    }
    p0 = score[here], p1 = score[here + 1], p2 = score[here + 2], p3 = score[here + 3], p4 = score[here + 4];
    p5 = score[here + 5], p6 = score[here + 6], p7 = score[here + 7], p8 = score[here + 8];
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
const inHundredths = (weight: number) => Math.round(weight * HUNDREDTHS);

/** A trained tagger: decoding only, no learning state. Scores are in hundredths throughout. */
export class SequenceTagger {
  /** The model's keys, frozen: features.ts looks a review's characters and words up here. */
  readonly rows = new FeatureRows();
  /** Weights of slot s at [s * LABEL_COUNT …], in hundredths. */
  readonly weights: Int16Array;
  private readonly transitions: Float64Array;
  /** Working arrays reused from review to review, grown as needed. */
  private paths = new Float64Array(0);
  private backPointers = new Uint8Array(0);

  constructor(committed: PerceptronWeights) {
    const placed = TABLE_NAMES.flatMap((table) =>
      Object.entries(committed.tables[table] ?? {}).map(([key, row]) => ({ base: this.rows.base(table, key), row })),
    );
    this.rows.freeze();
    this.weights = new Int16Array(this.rows.slotCount * LABEL_COUNT);
    for (const { base, row } of placed) this.weights.set(row.map(inHundredths), base * LABEL_COUNT);
    this.transitions = constrained(Float64Array.from(committed.transitions, inHundredths));
  }

  /** Best labels of a sequence of `n` characters from their emission scores, [char * LABEL_COUNT + label] (see emissions.ts). */
  decode(emissions: Int32Array, n: number): number[] {
    const size = n * LABEL_COUNT;
    if (this.paths.length < size) {
      this.paths = new Float64Array(size * 2);
      this.backPointers = new Uint8Array(size * 2);
    }
    return viterbi(emissions, n, this.transitions, this.paths, this.backPointers);
  }
}

/**
 * Averaged structured perceptron (Collins 2002): plain updates on mistakes, averaged weights at the end,
 * which generalise far better than the last iterate on a few thousand reviews. Averaging is lazy: each
 * weight keeps the running total up to the step it last changed.
 */
export class PerceptronTrainer {
  /** Every key seen in training gets a row; features.ts builds sequences against these. */
  readonly rows = new FeatureRows();
  private weights = new Float64Array(0);
  private totals = new Float64Array(0);
  private stamps = new Float64Array(0);
  private readonly transitions = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private readonly transitionTotals = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private readonly transitionStamps = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private clock = 0;

  train(sequence: FeatureSequence, gold: number[]): void {
    this.clock++;
    this.fitRows();
    // Weights move in whole steps while training, so integer emissions are exact.
    const emissions = new Int32Array(sequence.length * LABEL_COUNT);
    for (let i = 0; i < sequence.length; i++) {
      for (const slot of featuresAt(sequence, i)) {
        if (slot < 0) continue;
        for (let l = 0; l < LABEL_COUNT; l++) emissions[i * LABEL_COUNT + l] += this.weights[slot * LABEL_COUNT + l];
      }
    }
    const predicted = viterbi(emissions, sequence.length, constrained(this.transitions));
    for (let i = 0; i < sequence.length; i++) {
      const prevGold = i === 0 ? LABEL_COUNT : gold[i - 1];
      const prevPred = i === 0 ? LABEL_COUNT : predicted[i - 1];
      if (predicted[i] === gold[i] && prevGold === prevPred) continue;
      for (const slot of featuresAt(sequence, i)) {
        if (slot < 0) continue;
        this.bump(slot * LABEL_COUNT + gold[i], 1);
        this.bump(slot * LABEL_COUNT + predicted[i], -1);
      }
      this.bumpTransition(prevGold * LABEL_COUNT + gold[i], 1);
      this.bumpTransition(prevPred * LABEL_COUNT + predicted[i], -1);
    }
  }

  /** Grows the weight arrays to the rows sequences were built against; new weights start at 0 now. */
  private fitRows(): void {
    const needed = this.rows.slotCount * LABEL_COUNT;
    if (needed <= this.weights.length) return;
    const size = Math.max(needed, this.weights.length * 2);
    const grown = (old: Float64Array, fill: number) => {
      const next = new Float64Array(size).fill(fill);
      next.set(old);
      return next;
    };
    this.weights = grown(this.weights, 0);
    this.totals = grown(this.totals, 0);
    this.stamps = grown(this.stamps, this.clock);
  }

  private bump(index: number, delta: number): void {
    this.totals[index] += (this.clock - this.stamps[index]) * this.weights[index];
    this.stamps[index] = this.clock;
    this.weights[index] += delta;
  }

  private bumpTransition(index: number, delta: number): void {
    this.transitionTotals[index] += (this.clock - this.transitionStamps[index]) * this.transitions[index];
    this.transitionStamps[index] = this.clock;
    this.transitions[index] += delta;
  }

  /**
   * Averaged weights, rounded. A column whose weights are all near zero is zeroed and a row with no
   * column left is dropped, so the committed model stays small.
   */
  averaged(minMagnitude: number, decimals: number): PerceptronWeights {
    const round = (x: number) => Number(x.toFixed(decimals));
    const average = (i: number) =>
      round(i < this.weights.length ? (this.totals[i] + (this.clock - this.stamps[i]) * this.weights[i]) / this.clock : 0);
    const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, {}])) as CommittedTables;
    for (const { table, key, base } of this.rows.rows()) {
      const row = Array.from({ length: TABLE_COLUMNS[table] * LABEL_COUNT }, (_, k) => average(base * LABEL_COUNT + k));
      for (let column = 0; column < TABLE_COLUMNS[table]; column++) {
        const weights = row.slice(column * LABEL_COUNT, (column + 1) * LABEL_COUNT);
        if (weights.every((w) => Math.abs(w) < minMagnitude)) row.fill(0, column * LABEL_COUNT, (column + 1) * LABEL_COUNT);
      }
      if (row.some((w) => w !== 0)) tables[table][key] = row;
    }
    const transitions = Array.from(this.transitions, (x, i) =>
      round((this.transitionTotals[i] + (this.clock - this.transitionStamps[i]) * x) / this.clock),
    );
    return { tables, transitions };
  }
}
