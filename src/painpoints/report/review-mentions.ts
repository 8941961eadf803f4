import type { AspectOpinion, ReviewMentions } from '../../domain/review-opinions.js';

export type { ReviewMentions };

/** Groups a review complains about (each once, however often it repeats the complaint). */
export const complainedGroups = (review: ReviewMentions): Set<string> =>
  new Set(review.opinions.filter((o) => o.polarity === 'negative').map((o) => o.aspectGroup));

/** Gold data sets have no products, dates or ratings: one undated review as ranking input. */
export function undatedReviewMentions(reviewId: string, text: string, opinions: AspectOpinion[]): ReviewMentions {
  return {
    reviewId, text, productId: null, productName: null, category: null, brand: null, platform: 'gold',
    owner: null, rating: null, reviewedAt: '1970-01-01T00:00:00.000Z', opinions,
  };
}
