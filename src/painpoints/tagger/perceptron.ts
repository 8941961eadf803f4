import { FeatureRows, LABEL_COUNT, TABLE_NAMES, type CommittedTables } from './feature-rows.js';
import { OUTSIDE, transitionAllowed } from './spans.js';

/** Weights as committed in models/: feature rows by table and key, plus label-to-label transitions. */
export interface PerceptronWeights {
  tables: CommittedTables;
  /** transitions[from * LABEL_COUNT + to]; row LABEL_COUNT is the sentence start. */
  transitions: number[];
}

/**
 * One sequence: the slots (see feature-rows.ts) of the features that fire at each character, `width`
 * per character in one flat array; -1 is a feature the model does not know.
 */
export interface FeatureSequence {
  slots: Int32Array;
  width: number;
  length: number;
}

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
 * Best label sequence (first-order Viterbi) of `n` characters from their emission scores
 * [char * LABEL_COUNT + label] and constrained transitions (row LABEL_COUNT is the start). Ties go to
 * the lower label.
 */
export function viterbi(emissions: ArrayLike<number>, n: number, transitions: Float64Array): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * LABEL_COUNT);
  const back = new Uint8Array(n * LABEL_COUNT);
  const start = LABEL_COUNT * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label++) score[label] = transitions[start + label] + emissions[label];
  for (let i = 1; i < n; i++) {
    for (let to = 0; to < LABEL_COUNT; to++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < LABEL_COUNT; from++) {
        const candidate = score[(i - 1) * LABEL_COUNT + from] + transitions[from * LABEL_COUNT + to];
        if (candidate > best) (best = candidate), (arg = from);
      }
      score[i * LABEL_COUNT + to] = best + emissions[i * LABEL_COUNT + to];
      back[i * LABEL_COUNT + to] = arg;
    }
  }
  return bestPath(score, back, n);
}

/** The path back from the best last label, through the back pointers [char * LABEL_COUNT + label]. */
export function bestPath(score: Float64Array, back: Uint8Array, n: number): number[] {
  const lastRow = (n - 1) * LABEL_COUNT;
  let last = 0;
  for (let label = 1; label < LABEL_COUNT; label++) if (score[lastRow + label] > score[lastRow + last]) last = label;
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

/** A trained tagger's weights ready to score with, in hundredths throughout. */
export interface LoadedWeights {
  /** The model's keys, frozen: features.ts looks a review's characters and words up here. */
  rows: FeatureRows;
  /** Weights of slot s at [s * LABEL_COUNT …]. */
  weights: Int16Array;
  /** Constrained (see `constrained`). */
  transitions: Float64Array;
}

export function loadWeights(committed: PerceptronWeights): LoadedWeights {
  const rows = new FeatureRows();
  const placed = TABLE_NAMES.flatMap((table) =>
    Object.entries(committed.tables[table] ?? {}).map(([key, row]) => ({ base: rows.base(table, key), row })),
  );
  rows.freeze();
  const weights = new Int16Array(rows.slotCount * LABEL_COUNT);
  for (const { base, row } of placed) weights.set(row.map(inHundredths), base * LABEL_COUNT);
  return { rows, weights, transitions: constrained(Float64Array.from(committed.transitions, inHundredths)) };
}
