/**
 * Okapi BM25 over pre-tokenised documents. k1 and b are the usual defaults (Robertson & Zaragoza):
 * k1 = 1.2 saturates repeated words quickly, b = 0.75 discounts long documents most of the way.
 * Postings lists make a search cost what the query's words occur, not the size of the collection.
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
  /** word → [document index, term frequency] pairs. */
  const postings = new Map<string, [number, number][]>();
  documents.forEach(({ tokens }, i) => {
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [token, tf] of counts) {
      const list = postings.get(token);
      if (list) list.push([i, tf]);
      else postings.set(token, [[i, tf]]);
    }
  });
  const averageLength = documents.reduce((s, d) => s + d.tokens.length, 0) / Math.max(1, documents.length);
  const lengthNorm = documents.map((d) => 1 - B + (B * d.tokens.length) / (averageLength || 1));

  return {
    search(queryTokens, limit) {
      const scores = new Map<number, number>();
      for (const token of new Set(queryTokens)) {
        const list = postings.get(token);
        if (!list) continue;
        // The +1 inside the log keeps IDF positive for words found in most documents (Lucene's variant).
        const idf = Math.log(1 + (documents.length - list.length + 0.5) / (list.length + 0.5));
        for (const [i, tf] of list) scores.set(i, (scores.get(i) ?? 0) + idf * ((tf * (K1 + 1)) / (tf + K1 * lengthNorm[i])));
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([i, score]) => ({ item: documents[i].item, score }));
    },
  };
}
