import { readFileSync } from 'node:fs';
import { sharedData } from '../ingest/shared-data.js';
import { parseAmazonWeakLabels, parseOnlineShopping, type LabelledReview } from './corpus.js';

/** The real corpora for tests, parsed once per test file. */
let chinese: LabelledReview[] | undefined;
let english: LabelledReview[] | undefined;

export function chineseReviews(): LabelledReview[] {
  return (chinese ??= parseOnlineShopping(readFileSync(sharedData.onlineShopping, 'utf8')));
}

export function englishReviews(): LabelledReview[] {
  return (english ??= parseAmazonWeakLabels(readFileSync(sharedData.amazonReviews, 'utf8')));
}

/** Every n-th review, so small tests still span all ten categories. */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  const stride = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % stride === 0).slice(0, count);
}
