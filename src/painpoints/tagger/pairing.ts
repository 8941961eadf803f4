import type { Span } from './spans.js';

/** A character range of the text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface SpanPair {
  aspect: Span | null;
  opinion: Span;
  clause: Range;
}

/** Whether `span` lies within `range`. */
export const inside = (range: Range, span: Range) => span.start >= range.start && span.end <= range.end;

/**
 * Pairs each opinion with the aspect it talks about: the nearest aspect before it in the same clause
 * ("拉杆的角度不能调"), else the nearest after it ("很好用的拉杆"), else none (an implicit aspect).
 * Chinese reviews put the aspect first far more often, hence the preference.
 */
export function pairOpinions(spans: Span[], clauses: Range[]): SpanPair[] {
  const pairs: SpanPair[] = [];
  for (const opinion of spans) {
    if (opinion.kind === 'A') continue;
    const clause = clauses.find((c) => inside(c, opinion)) ?? { start: opinion.start, end: opinion.end };
    let before: Span | null = null;
    let after: Span | null = null;
    for (const aspect of spans) {
      if (aspect.kind !== 'A' || !inside(clause, aspect)) continue;
      if (aspect.end <= opinion.start) before = aspect;
      else if (after === null && aspect.start >= opinion.end) after = aspect;
    }
    pairs.push({ aspect: before ?? after, opinion, clause });
  }
  return pairs;
}
