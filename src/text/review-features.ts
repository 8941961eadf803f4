import type { Language } from '../domain/types.js';
import { clauseSpans, type ClauseSpan } from './clauses.js';
import { chineseFeatures, englishFeatures, type FeatureBag } from './features.js';
import { detectLanguage } from './language.js';
import { normalizeForAnalysis } from './normalize.js';
import { segment, type TaggedWord } from './segment.js';

/**
 * One review taken apart once: the same pass feeds sentiment training, review and clause scores, and
 * the aspect tagger, which reads the same words with their part-of-speech tags.
 */
export interface ReviewFeatures {
  language: Language;
  normalized: string;
  spans: ClauseSpan[];
  /** Segmentation of `normalized`; empty for English, which is read word by word without a segmenter. */
  words: TaggedWord[];
  bag: FeatureBag;
}

export function reviewFeatures(text: string): ReviewFeatures {
  const normalized = normalizeForAnalysis(text);
  const language = detectLanguage(normalized);
  const spans = clauseSpans(normalized);
  const words = language === 'zh' ? segment(normalized) : [];
  const bag = language === 'zh' ? chineseFeatures(normalized, words, spans) : englishFeatures(normalized, spans);
  return { language, normalized, spans, words, bag };
}
