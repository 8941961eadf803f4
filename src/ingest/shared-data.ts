import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The read-only public data sets next to the repo (../shared/data). Used by training scripts,
 * tests, evaluation and benchmarks; never shipped. KAIKUAN_SHARED_DATA overrides the location.
 */
export const sharedDataDir = resolve(
  process.env.KAIKUAN_SHARED_DATA ?? new URL('../../../shared/data', import.meta.url).pathname,
);

export const sharedData = {
  onlineShopping: `${sharedDataDir}/online_shopping_10_cats/online_shopping_10_cats.csv`,
  absaReviews: `${sharedDataDir}/zhijiang_ecom_absa/Train_reviews.csv`,
  absaLabels: `${sharedDataDir}/zhijiang_ecom_absa/Train_labels.csv`,
  amazonReviews: `${sharedDataDir}/amazon_datafiniti_timestamped/Datafiniti_Amazon_Consumer_Reviews_of_Amazon_Products.csv`,
  cdnowSample: `${sharedDataDir}/cdnow/CDNOW_sample.txt`,
  cdnowMaster: `${sharedDataDir}/cdnow/CDNOW_master.txt`,
} as const;

export const hasSharedData = () => existsSync(sharedData.onlineShopping);
