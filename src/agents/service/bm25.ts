/**
 * Okapi BM25 over pre-tokenised documents. k1 and b are the usual defaults (Robertson & Zaragoza):
 * k1 = 1.2 saturates repeated words quickly, b = 0.75 discounts long documents most of the way.
 */
const K1 = 1.2;
const B = 0.75;

export interface Bm25Hit<T> {
  item: T;
  score: number;
}

export interface Bm25Index<T> {
  search(queryTokens: string[], limit: number): Bm25Hit<T>[];
}

export function buildBm25<T>(documents: { item: T; tokens: string[] }[]): Bm25Index<T> {
  const documentFrequency = new Map<string, number>();
  const termCounts = documents.map(({ tokens }) => {
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const token of counts.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    return counts;
  });
  const averageLength = documents.reduce((s, d) => s + d.tokens.length, 0) / Math.max(1, documents.length);
  // The +1 inside the log keeps IDF positive for words found in most documents (Lucene's variant).
  const idf = (token: string) => {
    const n = documentFrequency.get(token) ?? 0;
    return Math.log(1 + (documents.length - n + 0.5) / (n + 0.5));
  };

  return {
    search(queryTokens, limit) {
      const query = [...new Set(queryTokens)];
      const hits: Bm25Hit<T>[] = [];
      documents.forEach((document, i) => {
        let score = 0;
        const lengthNorm = 1 - B + (B * document.tokens.length) / (averageLength || 1);
        for (const token of query) {
          const tf = termCounts[i].get(token);
          if (tf) score += idf(token) * ((tf * (K1 + 1)) / (tf + K1 * lengthNorm));
        }
        if (score > 0) hits.push({ item: document.item, score });
      });
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
