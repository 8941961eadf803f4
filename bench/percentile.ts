/** Nearest-rank percentile (q in 0..1) of ascending latencies: a real observed time, never an interpolated one. */
export const percentile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
