import type { ProductOwner } from '../../domain/types.js';
import type { AspectOpinion } from '../types.js';

/** One review with what was extracted from it: the unit pain points are counted over. */
export interface ReviewMentions {
  reviewId: string;
  text: string;
  productId: string | null;
  productName: string | null;
  category: string | null;
  /** Brand or shop; for competitors, whom we compare against. */
  brand: string | null;
  platform: string;
  /** Whose product the review is about; null when the review is not tied to a known product. */
  owner: ProductOwner | null;
  rating: number | null;
  reviewedAt: string;
  opinions: AspectOpinion[];
}

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
