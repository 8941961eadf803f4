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

const inside = (range: Range, span: Span) => span.start >= range.start && span.end <= range.end;

/**
 * Pairs each opinion with the aspect it talks about: the nearest aspect before it in the same clause
 * ("拉杆的角度不能调"), else the nearest after it ("很好用的拉杆"), else none (an implicit aspect).
 * Chinese reviews put the aspect first far more often, hence the preference.
 */
export function pairOpinions(spans: Span[], clauses: Range[]): SpanPair[] {
  const aspects = spans.filter((s) => s.kind === 'A');
  const pairs: SpanPair[] = [];
  for (const opinion of spans) {
    if (opinion.kind === 'A') continue;
    const clause = clauses.find((c) => inside(c, opinion)) ?? { start: opinion.start, end: opinion.end };
    const local = aspects.filter((a) => inside(clause, a));
    const before = local.filter((a) => a.end <= opinion.start).at(-1);
    const after = local.find((a) => a.start >= opinion.end);
    pairs.push({ aspect: before ?? after ?? null, opinion, clause });
  }
  return pairs;
}
