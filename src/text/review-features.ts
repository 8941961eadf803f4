import type { Language } from '../domain/types.js';
import { clauseSpans, type ClauseSpan } from './clauses.js';
import { chineseFeatures, englishFeatures, type FeatureBag } from './features.js';
import { detectLanguage } from './language.js';
import { normalizeForAnalysis } from './normalize.js';
import { cut } from './segment.js';

/** One review taken apart once for sentiment: the same pass feeds training, review scores and clause scores. */
export interface ReviewFeatures {
  language: Language;
  normalized: string;
  spans: ClauseSpan[];
  bag: FeatureBag;
}

export function reviewFeatures(text: string): ReviewFeatures {
  const normalized = normalizeForAnalysis(text);
  const language = detectLanguage(normalized);
  const spans = clauseSpans(normalized);
  const bag = language === 'zh' ? chineseFeatures(normalized, cut(normalized), spans) : englishFeatures(normalized, spans);
  return { language, normalized, spans, bag };
}
