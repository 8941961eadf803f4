import { LABELS, OUTSIDE, transitionAllowed } from './spans.js';

const LABEL_COUNT = LABELS.length;

/** Weights as committed in models/: feature → one weight per label, plus label-to-label transitions. */
export interface PerceptronWeights {
  features: Record<string, number[]>;
  /** transitions[from * LABEL_COUNT + to]; row LABEL_COUNT is the sentence start. */
  transitions: number[];
}

/** One sequence: the feature strings that fire at each character. */
export type FeatureSequence = string[][];

function emissionScores(weights: Map<string, Float64Array>, sequence: FeatureSequence): Float64Array[] {
  return sequence.map((features) => {
    const scores = new Float64Array(LABEL_COUNT);
    for (const feature of features) {
      const w = weights.get(feature);
      if (!w) continue;
      for (let l = 0; l < LABEL_COUNT; l++) scores[l] += w[l];
    }
    return scores;
  });
}

/** Best label sequence under the BIO constraint (first-order Viterbi). */
function viterbi(emissions: Float64Array[], transitions: Float64Array): number[] {
  const n = emissions.length;
  if (n === 0) return [];
  const score = emissions.map(() => new Float64Array(LABEL_COUNT).fill(-Infinity));
  const back = emissions.map(() => new Int8Array(LABEL_COUNT));
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (transitionAllowed(OUTSIDE, l)) score[0][l] = transitions[LABEL_COUNT * LABEL_COUNT + l] + emissions[0][l];
  }
  for (let i = 1; i < n; i++) {
    for (let to = 0; to < LABEL_COUNT; to++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < LABEL_COUNT; from++) {
        if (!transitionAllowed(from, to)) continue;
        const s = score[i - 1][from] + transitions[from * LABEL_COUNT + to];
        if (s > best) (best = s), (arg = from);
      }
      score[i][to] = best + emissions[i][to];
      back[i][to] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (score[n - 1][l] > score[n - 1][last]) last = l;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i][path[i]];
  return path;
}

/** A trained tagger: decoding only, no learning state. */
export class SequenceTagger {
  private readonly weights: Map<string, Float64Array>;
  private readonly transitions: Float64Array;

  constructor(committed: PerceptronWeights) {
    this.weights = new Map(Object.entries(committed.features).map(([f, w]) => [f, Float64Array.from(w)]));
    this.transitions = Float64Array.from(committed.transitions);
  }

  tag(sequence: FeatureSequence): number[] {
    return viterbi(emissionScores(this.weights, sequence), this.transitions);
  }
}

/**
 * Averaged structured perceptron (Collins 2002): plain updates on mistakes, averaged weights at the end,
 * which generalise far better than the last iterate on a few thousand reviews.
 */
export class PerceptronTrainer {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private readonly transitions = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private readonly transitionTotals = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private readonly transitionStamps = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  private clock = 0;

  train(sequence: FeatureSequence, gold: number[]): void {
    this.clock++;
    const predicted = viterbi(emissionScores(this.weights, sequence), this.transitions);
    for (let i = 0; i < sequence.length; i++) {
      const prevGold = i === 0 ? LABEL_COUNT : gold[i - 1];
      const prevPred = i === 0 ? LABEL_COUNT : predicted[i - 1];
      if (predicted[i] === gold[i] && prevGold === prevPred) continue;
      for (const feature of sequence[i]) {
        this.bump(feature, gold[i], 1);
        this.bump(feature, predicted[i], -1);
      }
      this.bumpTransition(prevGold * LABEL_COUNT + gold[i], 1);
      this.bumpTransition(prevPred * LABEL_COUNT + predicted[i], -1);
    }
  }

  private bump(feature: string, label: number, delta: number): void {
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
