import { FeatureRows, LABEL_COUNT, TABLE_COLUMNS, TABLE_NAMES, type CommittedTables } from '../tagger/feature-rows.js';
import { constrained, viterbi, type FeatureSequence, type PerceptronWeights } from '../tagger/perceptron.js';

const featuresAt = (sequence: FeatureSequence, i: number) => sequence.slots.subarray(i * sequence.width, (i + 1) * sequence.width);

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
