/**
 * Reviews per run of the stages: enough for each stage's tables to stay in the cache, few enough that
 * what a review leaves for the next stage dies young (with 2,000 at a time, collecting garbage took a
 * quarter of the time).
 */
export const STAGE_BATCH = 64;
