import { reviewFeatures } from '../../text/review-features.js';
import { sentimentOfFeatures, type ReviewSentiment } from '../../text/sentiment.js';
import type { AspectOpinion } from '../types.js';
import { extractAspectOpinions, readReviewOf } from './extract.js';

/** Everything Kaikuan reads in one review: its sentiment, each clause's, and its aspect-opinion triples. */
export interface ReviewAnalysis {
  sentiment: ReviewSentiment;
  aspects: AspectOpinion[];
}

/**
 * Full analysis of one review with one pass of normalising, clause splitting and segmenting: the aspect
 * tagger reads the words the sentiment model read, which halves the work of reading a review.
 */
export function analyseReview(text: string): ReviewAnalysis {
  const features = reviewFeatures(text);
  return { sentiment: sentimentOfFeatures(text, features), aspects: extractAspectOpinions(text, readReviewOf(text, features)) };
}

/** Full analysis of many reviews, one by one. */
export function analyseReviews(texts: readonly string[]): ReviewAnalysis[] {
  return texts.map((text) => analyseReview(text));
}
