import { combineHashes, hashText } from './hash.js';

/** A review with a gold (or weak) polarity, for training and evaluating sentiment. */
export interface LabelledReview {
  category: string;
  positive: boolean;
  text: string;
}

/**
 * The held-out share and the seed of the split. The split hashes the review text, so it does not
 * depend on row order and a duplicate can never sit on both sides; change the seed only with a
 * retrain, since the committed model has seen every review outside this fold.
 */
export const HELD_OUT_PERCENT = 20;
const SPLIT_SEED = 20260401;

export function isHeldOut(text: string): boolean {
  return (combineHashes(SPLIT_SEED, hashText(text)) >>> 0) % 100 < HELD_OUT_PERCENT;
}
