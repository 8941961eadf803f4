import { reviewFeatures } from '../../text/review-features.js';
import { sentimentOfFeatures, type ReviewSentiment } from '../../text/sentiment.js';
import { extractManyAspectOpinions, readReviewOf } from './extract.js';
import { inStages } from './stage-batch.js';
import type { AspectOpinion } from '../types.js';

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
  return analyseReviews([text])[0];
}

/**
 * Full analysis of many reviews, stage by stage in runs of STAGE_BATCH: every review is taken apart,
 * then every review scored for sentiment, then every review tagged. Each stage works through megabytes
 * of its own (the segmenter's dictionary, the sentiment weights, the tagger's rows); review by review
 * they evicted each other from the cache, and the same work took half as long again.
 */
export function analyseReviews(texts: readonly string[]): ReviewAnalysis[] {
  return inStages(texts, analyseStages);
}

function analyseStages(texts: readonly string[]): ReviewAnalysis[] {
  const features = texts.map((text) => reviewFeatures(text));
  const sentiments = texts.map((text, i) => sentimentOfFeatures(text, features[i]));
  const aspects = extractManyAspectOpinions(texts, texts.map((text, i) => readReviewOf(text, features[i])));
  return texts.map((_, i) => ({ sentiment: sentiments[i], aspects: aspects[i] }));
}
