import type { Language } from '../domain/types.js';
import { readModelFile } from './assets.js';
import { logitOf, logitOfSum, sigmoid, weightSum, type LinearModel } from './linear-model.js';
import { decodeModel } from './model-file.js';
import { reviewFeatures, type ReviewFeatures } from './review-features.js';

export type SentimentLabel = 'positive' | 'negative';

export interface Sentiment {
  /** P(positive), 0..1. */
  score: number;
  label: SentimentLabel;
}

export interface ClauseSentiment extends Sentiment {
  /** The clause as the buyer wrote it (original script and width), for quoting as evidence. */
  clause: string;
}

export interface ReviewSentiment extends Sentiment {
  language: Language;
  clauses: ClauseSentiment[];
}

/** The trained models' files in models/, written by `npm run train:sentiment`. */
export const SENTIMENT_MODEL_FILES: Record<Language, string> = {
  zh: 'sentiment-zh.bin.gz',
  en: 'sentiment-en.bin.gz',
};

/** Loaded on first use (~40 ms for Chinese), so importing the text pipeline stays cheap. */
const models: Partial<Record<Language, LinearModel>> = {};

function modelFor(language: Language): LinearModel {
  return (models[language] ??= decodeModel(readModelFile(SENTIMENT_MODEL_FILES[language])));
}

/** Sentiment of a whole review, Chinese or English. */
export function scoreSentiment(text: string): Sentiment {
  const features = reviewFeatures(text);
  return sentimentOf(logitOf(modelFor(features.language), features.bag.features));
}

/** Sentiment of the review and of each of its clauses, from one pass over the text. */
export function analyseSentiment(text: string): ReviewSentiment {
  return sentimentOfFeatures(text, reviewFeatures(text));
}

/** Sentiment from a review already taken apart, when the caller reads its words for more than sentiment. */
export function sentimentOfFeatures(text: string, features: ReviewFeatures): ReviewSentiment {
  const model = modelFor(features.language);
  const { bag, spans, normalized } = features;
  // Normalisation keeps offsets unless traditional phrases changed length; then quote the normalised text.
  const display = normalized.length === text.length ? text : normalized;
  // Each weight is read once: clause sums add up to the review's sum.
  let total = 0;
  const clauses = spans.map((span, i) => {
    const from = bag.clauseEnds[i - 1] ?? 0;
    const sum = weightSum(model, bag.features, from, bag.clauseEnds[i]);
    total += sum;
    const score = sigmoid(logitOfSum(model, sum, bag.clauseEnds[i] - from));
    return { clause: display.slice(span.start, span.end), score, label: labelOf(score) };
  });
  const score = sigmoid(logitOfSum(model, total, bag.features.length));
  return { language: features.language, score, label: labelOf(score), clauses };
}

const labelOf = (score: number): SentimentLabel => (score >= 0.5 ? 'positive' : 'negative');

function sentimentOf(logit: number): Sentiment {
  const score = sigmoid(logit);
  return { score, label: labelOf(score) };
}
