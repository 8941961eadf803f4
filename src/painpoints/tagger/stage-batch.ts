/**
 * Reviews per run of the stages: enough for each stage's tables to stay in the cache, few enough that
 * what a review leaves for the next stage dies young (with 2,000 at a time, collecting garbage took a
 * quarter of the time).
 */
export const STAGE_BATCH = 64;

/** `analyse` over runs of STAGE_BATCH items (each run with where it starts), results in order. */
export function inStages<T, R>(items: readonly T[], analyse: (run: T[], from: number) => R[]): R[] {
  const results: R[] = [];
  for (let from = 0; from < items.length; from += STAGE_BATCH) results.push(...analyse(items.slice(from, from + STAGE_BATCH), from));
  return results;
}
