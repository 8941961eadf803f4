import { isHeldOut, type LabelledReview } from './corpus.js';
import { sentimentReport, type SentimentReport } from './sentiment-metrics.js';

/** Scores a classifier on the held-out fold of a labelled corpus (the fold no committed model was trained on). */
export function evaluateHeldOut(reviews: readonly LabelledReview[], isPositive: (text: string) => boolean): SentimentReport {
  return sentimentReport(
    reviews
      .filter((review) => isHeldOut(review.text))
      .map((review) => ({ category: review.category, positive: review.positive, predictedPositive: isPositive(review.text) })),
  );
}
