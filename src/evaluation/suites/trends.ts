import { flaggedShare, launchDetection, shuffleDates, weeklyScans } from '../../trends/amazon-validation.js';
import { validateOnPlantedTrends } from '../../trends/planted-trends.js';
import { amazonReviewMentions } from '../../trends/testing.js';
import { toDayNumber } from '../../trends/time-buckets.js';
import type { EvalSuite } from '../suite.js';

// The Amazon walk: from when dated reviews thicken (2016) past the 2017 Echo launches, a quarter window.
const AMAZON_FROM = '2016-01-04';
const AMAZON_TO = '2018-06-01';
const AMAZON_WINDOW_DAYS = 90;
const SHUFFLE_SEED = 1;

/**
 * Trend radar: recall and false-alarm rate on generated series with planted rises (flat and seasonal
 * series are the negatives), and on the dated Amazon reviews, product-launch recall and the share of
 * words flagged once review dates are shuffled.
 */
export const suite: EvalSuite = {
  name: 'trends',
  async run() {
    const planted = validateOnPlantedTrends();
    const reviews = amazonReviewMentions();
    const from = toDayNumber(AMAZON_FROM);
    const to = toDayNumber(AMAZON_TO);
    const launches = launchDetection(reviews, weeklyScans(reviews, AMAZON_WINDOW_DAYS, from, to));
    const shuffled = weeklyScans(shuffleDates(reviews, SHUFFLE_SEED), AMAZON_WINDOW_DAYS, from, to);
    return {
      'trends.recall': planted.recall,
      'trends.falseAlarmRate': planted.falseAlarmRate,
      'trends.seasonalFalseAlarmRate': planted.seasonalFalseAlarmRate,
      'trends.amazonLaunchRecall': launches.recall,
      'trends.amazonShuffledTermFalseAlarmRate': flaggedShare(shuffled, 'term'),
    };
  },
};
