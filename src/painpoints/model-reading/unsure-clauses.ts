import { normalizeForAnalysis } from '../../text/normalize.js';
import type { ReviewAnalysis } from '../tagger/review-analysis.js';

/** A clause the offline tagger is unsure about, with the key its model answer is cached under. */
export interface UnsureClause {
  /** Normalised text (full width, traditional characters, capitals folded): the same clause however it was typed. */
  key: string;
  /** The clause as the buyer wrote it, where the offline triples quote it. */
  clause: string;
}

export const clauseKey = (clause: string): string => normalizeForAnalysis(clause).trim();

/**
 * Clauses worth a model's reading: one the sentiment model reads as a complaint where the tagger paired
 * nothing (wording it never learned), and one whose complaint has no aspect written in it (the aspect was
 * guessed). Praise with no aspect ("很好") stays offline: it is about the product as a whole, names no pain
 * point, and would take about a fifth of the calls (online_shopping: 1,738 of 13,401 clauses in a 2,091-review sample).
 */
export function unsureClauses({ sentiment, aspects }: ReviewAnalysis): UnsureClause[] {
  const found = new Set<string>();
  const unsure = new Map<string, UnsureClause>();
  const add = (clause: string) => {
    const key = clauseKey(clause);
    if (key !== '' && !unsure.has(key)) unsure.set(key, { key, clause });
  };
  for (const triple of aspects) {
    found.add(triple.clause);
    if (triple.polarity !== 'positive' && !triple.clause.includes(triple.aspect)) add(triple.clause);
  }
  for (const clause of sentiment.clauses) {
    if (clause.label === 'negative' && !found.has(clause.clause)) add(clause.clause);
  }
  return [...unsure.values()];
}
