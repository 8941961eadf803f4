import { LABEL_COUNT } from '../feature-rows.js';
import { bestPath } from '../perceptron.js';

/**
 * The tagger's innermost steps written out for its nine labels (V8 does not unroll loops): adding a
 * row of emission scores, and Viterbi. A change to the label set must change them, so they refuse to
 * load with another.
 */
const UNROLLED_LABELS = 9;
if (LABEL_COUNT !== UNROLLED_LABELS) throw new Error(`the compiled tagger is written for ${UNROLLED_LABELS} labels, the tagger has ${LABEL_COUNT}`);

export function copyRow(out: Int32Array, at: number, from: Int16Array, start: number): void {
  out[at] = from[start];
  out[at + 1] = from[start + 1];
  out[at + 2] = from[start + 2];
  out[at + 3] = from[start + 3];
  out[at + 4] = from[start + 4];
  out[at + 5] = from[start + 5];
  out[at + 6] = from[start + 6];
  out[at + 7] = from[start + 7];
  out[at + 8] = from[start + 8];
}

export function addRow(out: Int32Array, at: number, from: Int16Array, start: number): void {
  out[at] += from[start];
  out[at + 1] += from[start + 1];
  out[at + 2] += from[start + 2];
  out[at + 3] += from[start + 3];
  out[at + 4] += from[start + 4];
  out[at + 5] += from[start + 5];
  out[at + 6] += from[start + 6];
  out[at + 7] += from[start + 7];
  out[at + 8] += from[start + 8];
}

/**
 * perceptron.ts's viterbi written out: the previous character's nine scores stay in locals, the five
 * labels that may follow anything (O, B-x) compare nine candidates each, and an inside label
 * (I-x = B-x + 1, spans.ts) only its B-x and itself. Ties go to the lower label, as the loop's do.
 */
export function viterbiNineLabels(emissions: Int32Array, n: number, t: Float64Array, score: Float64Array, back: Uint8Array): number[] {
  if (n === 0) return [];
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
  return bestPath(score, back, n);
}
