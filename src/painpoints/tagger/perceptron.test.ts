import { describe, expect, it } from 'vitest';
import { LABEL_COUNT } from './feature-rows.js';
import { constrained, viterbi } from './perceptron.js';
import { OUTSIDE, transitionAllowed } from './spans.js';

/** A fixed pseudo-random sequence, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
}

/** The best allowed label sequence by trying them all: what the written-out Viterbi must find. */
function bruteForce(emissions: Int32Array, n: number, transitions: Float64Array): number[] {
  let best = -Infinity;
  let bestPath: number[] = [];
  const path = new Array<number>(n).fill(0);
  const visit = (i: number, score: number) => {
    if (i === n) {
      if (score > best) (best = score), (bestPath = [...path]);
      return;
    }
    for (let label = 0; label < LABEL_COUNT; label++) {
      const from = i === 0 ? LABEL_COUNT : path[i - 1];
      if (!transitionAllowed(i === 0 ? OUTSIDE : from, label)) continue;
      path[i] = label;
      visit(i + 1, score + transitions[from * LABEL_COUNT + label] + emissions[i * LABEL_COUNT + label]);
    }
  };
  visit(0, 0);
  return bestPath;
}

describe('viterbi', () => {
  it('finds the best allowed labels, as trying every sequence does', () => {
    const next = random(11);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + (trial % 4);
      const transitions = constrained(Float64Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, () => Math.round(next() * 400 - 200)));
      const emissions = Int32Array.from({ length: n * LABEL_COUNT }, () => Math.round(next() * 1000 - 500));
      expect(viterbi(emissions, n, transitions)).toEqual(bruteForce(emissions, n, transitions));
    }
  });
});
