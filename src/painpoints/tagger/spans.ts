import type { Polarity } from '../types.js';

/**
 * Character-level BIO labels for one pass that finds aspect terms and opinion terms and reads the
 * opinion's polarity at the same time: 'A' aspect, 'P'/'N'/'U' opinion that is positive/negative/neutral.
 */
export const SPAN_KINDS = ['A', 'P', 'N', 'U'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

export const LABELS = ['O', ...SPAN_KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])] as const;
export type Label = (typeof LABELS)[number];

export const OUTSIDE = 0;
export const beginOf = (kind: SpanKind): number => 1 + 2 * SPAN_KINDS.indexOf(kind);
export const insideOf = (kind: SpanKind): number => beginOf(kind) + 1;

/** A labelled stretch of text, end exclusive, like the zhijiang offsets. */
export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
}

export const polarityOfKind: Record<Exclude<SpanKind, 'A'>, Polarity> = { P: 'positive', N: 'negative', U: 'neutral' };
export const kindOfPolarity: Record<Polarity, Exclude<SpanKind, 'A'>> = { positive: 'P', negative: 'N', neutral: 'U' };

/** I-A, I-P …: the labels that continue a span rather than start one or stand outside. */
export const isInside = (label: number): boolean => label !== OUTSIDE && (label - 1) % 2 === 1;

/** An inside label may only continue a span of the same kind. */
export function transitionAllowed(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from === to || from === to - 1;
}

export function spansToLabels(length: number, spans: Span[]): number[] {
  const labels = new Array<number>(length).fill(OUTSIDE);
  for (const span of spans) {
    // Overlapping gold spans exist (an aspect inside an opinion); the first one written wins.
    if (labels.slice(span.start, span.end).some((l) => l !== OUTSIDE)) continue;
    labels[span.start] = beginOf(span.kind);
    for (let i = span.start + 1; i < span.end; i++) labels[i] = insideOf(span.kind);
  }
  return labels;
}

export function labelsToSpans(labels: readonly number[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    const continues = open !== null && label !== OUTSIDE && label % 2 === 0 && beginOf(open.kind) === label - 1;
    if (continues) continue;
    if (open) {
      open.end = i;
      spans.push(open);
    }
    open = label === OUTSIDE ? null : { kind: SPAN_KINDS[(label - 1) >> 1], start: i, end: i + 1 };
  }
  if (open) {
    open.end = labels.length;
    spans.push(open);
  }
  return spans;
}
