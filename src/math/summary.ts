/** Medians, percentiles, means and histograms: of simulation draws, orders, buyers and trend slopes. */

/** Linear-interpolation percentile (type 7, as R and NumPy default) of an ascending array. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * Middle value (mean of the two middle ones for an even count); `whenEmpty` (NaN unless the caller
 * has a better answer) for none. The values are copied, never reordered.
 */
export function median(values: ArrayLike<number>, whenEmpty = Number.NaN): number {
  if (values.length === 0) return whenEmpty;
  return medianOfSorted(Float64Array.from(values).sort());
}

/** The median of an ascending array, for callers that sort their own scratch buffer. */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The largest `value(item)`, as Math.max would give it (-Infinity for none, NaN if any is NaN), but
 * in a loop: spreading 100,000+ values into Math.max overflows the call stack.
 */
export function maxOf<T>(items: Iterable<T>, value: (item: T) => number): number {
  let most = -Infinity;
  for (const item of items) most = Math.max(most, value(item));
  return most;
}

/** The smallest `value(item)`, as Math.min would give it (Infinity for none), in a loop like `maxOf`. */
export function minOf<T>(items: Iterable<T>, value: (item: T) => number): number {
  let least = Infinity;
  for (const item of items) least = Math.min(least, value(item));
  return least;
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

export function standardDeviation(values: ArrayLike<number>, centre: number = mean(values)): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] - centre) ** 2;
  return Math.sqrt(sum / Math.max(1, values.length - 1));
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** Equal-width bins from the smallest to the largest value; a single bin when every value is equal. */
export function histogramOfSorted(sorted: ArrayLike<number>, bins: number): HistogramBin[] {
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (!(high > low)) return [{ from: low, to: high, count: sorted.length }];
  const width = (high - low) / bins;
  const out: HistogramBin[] = Array.from({ length: bins }, (_, i) => ({
    from: low + i * width,
    to: i === bins - 1 ? high : low + (i + 1) * width,
    count: 0,
  }));
  for (let i = 0; i < sorted.length; i++) out[Math.min(bins - 1, Math.floor((sorted[i] - low) / width))].count++;
  return out;
}
