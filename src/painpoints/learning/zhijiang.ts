import { parse } from 'csv-parse/sync';
import type { Polarity } from '../types.js';

/**
 * The Zhijiang Cup 2019 cosmetics reviews with gold (aspect, opinion, category, polarity) labels:
 * the only aspect-level gold data we have, so the tagger learns from its train fold and is scored on the rest.
 */
export interface GoldOpinion {
  aspect: { text: string; start: number; end: number } | null;
  opinion: { text: string; start: number; end: number } | null;
  category: string;
  polarity: Polarity;
}

export interface GoldReview {
  id: string;
  text: string;
  labels: GoldOpinion[];
}

const POLARITY: Record<string, Polarity> = { 正面: 'positive', 负面: 'negative', 中性: 'neutral' };
const IMPLICIT = '_';

/** Fraction of reviews held out for scoring; the rest trains the tagger and the implicit-aspect classifier. */
export const HELD_OUT_SHARE = 0.2;
/** Fixed so the split, and therefore every reported F1, is the same on every run and machine. */
export const SPLIT_SEED = 20191;

function term(text: string, start: string, end: string) {
  return text === IMPLICIT ? null : { text, start: Number(start), end: Number(end) };
}

export function parseZhijiang(reviewsCsv: string, labelsCsv: string): GoldReview[] {
  const options = { columns: true, bom: true, skip_empty_lines: true } as const;
  const reviews = parse(reviewsCsv, options) as Record<string, string>[];
  const labels = parse(labelsCsv, options) as Record<string, string>[];
  const byId = new Map<string, GoldReview>(reviews.map((r) => [r.id, { id: r.id, text: r.Reviews, labels: [] }]));
  for (const l of labels) {
    byId.get(l.id)?.labels.push({
      aspect: term(l.AspectTerms, l.A_start, l.A_end),
      opinion: term(l.OpinionTerms, l.O_start, l.O_end),
      category: l.Categories,
      polarity: POLARITY[l.Polarities] ?? 'neutral',
    });
  }
  return [...byId.values()];
}

/** Deterministic hash of (seed, id) into [0, 1): a review's fold never depends on file order. */
export function unitHash(seed: number, id: string): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296;
}

export function splitZhijiang(reviews: GoldReview[], seed = SPLIT_SEED, heldOut = HELD_OUT_SHARE) {
  const train: GoldReview[] = [];
  const test: GoldReview[] = [];
  for (const review of reviews) (unitHash(seed, review.id) < heldOut ? test : train).push(review);
  return { train, test };
}
