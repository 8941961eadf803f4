import type { ProductOwner } from './types.js';

/** What pain-point mining extracts from reviews; the store keeps it and trends read it. */

export type Polarity = 'positive' | 'negative' | 'neutral';

/** One (aspect, opinion, polarity) triple, e.g. 拉杆 / 角度不能调 / negative. */
export interface AspectOpinion {
  /** The aspect as written; for an implicit aspect ("太贵了") the inferred aspect group name. */
  aspect: string;
  /** Synonyms merged: 拉杆/把手/拉手 share one group. */
  aspectGroup: string;
  opinion: string;
  polarity: Polarity;
  /** The clause the opinion was found in, quoted back to the merchant as context. */
  clause: string;
}

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

/** What learning a merchant's aspect groups reads of a review: its product and what was said, never its text. */
export interface GroupingReview {
  productId: string | null;
  opinions: Pick<AspectOpinion, 'aspectGroup' | 'opinion' | 'polarity'>[];
}
