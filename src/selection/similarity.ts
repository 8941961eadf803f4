import { normalizeForAnalysis } from '../text/normalize.js';
import { cut } from '../text/segment.js';

/**
 * How alike listings are: TF-IDF vectors over words, compared by cosine. A new style that reads
 * like ten listings already on sale will fight them on price.
 */

export type SparseVector = Map<string, number>;

/** Punctuation, digits-only tokens and whitespace say nothing about what a product is. */
const MEANINGLESS = /^[\s\p{P}\p{S}\d]*$/u;

export function wordsOf(text: string): string[] {
  return cut(normalizeForAnalysis(text)).filter((word) => !MEANINGLESS.test(word));
}

/** Smoothed IDF and L2-normalised TF-IDF (as scikit-learn's default), so cosine is a plain dot product. */
export function tfidfVectors(documents: string[][]): SparseVector[] {
  const documentFrequency = new Map<string, number>();
  for (const words of documents) {
    for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const n = documents.length;
  return documents.map((words) => {
    const vector: SparseVector = new Map();
    for (const word of words) vector.set(word, (vector.get(word) ?? 0) + 1);
    let norm = 0;
    for (const [word, count] of vector) {
      const weight = count * (Math.log((1 + n) / (1 + documentFrequency.get(word)!)) + 1);
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  });
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, weight] of small) dot += weight * (large.get(word) ?? 0);
  return dot;
}

/** Mean cosine over all pairs: how much a field of listings looks the same (0 when fewer than two). */
export function meanPairwiseSimilarity(vectors: SparseVector[]): number {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      total += cosine(vectors[i], vectors[j]);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : total / pairs;
}
