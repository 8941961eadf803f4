/**
 * Benjamini-Hochberg: with thousands of words and products tested every run, a 5 % per-series
 * threshold would flag hundreds by chance. Adjusted q-values keep the expected share of false
 * alarms among the flagged items at the chosen level.
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const m = pValues.length;
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  order.sort((a, b) => pValues[a] - pValues[b]);
  const qValues = new Float64Array(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, (pValues[index] * m) / rank);
    qValues[index] = running;
  }
  return qValues;
}
