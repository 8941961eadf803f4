/**
 * One complaint, one line: "拉杆角度不能调，弯腰拉很累" makes 拉杆, 角度 and 弯腰 rise together. A rising
 * word whose newest reviews are mostly those of an item above it is folded into that item as a
 * related word, so the merchant reads the story once.
 */
import type { TrendSignal } from '../domain/trends.js';

// Shared share of evidence (Jaccard) from which two items are taken to be the same story.
const SAME_STORY_OVERLAP = 0.6;
// With fewer quotes than this, overlap says little.
const MIN_EVIDENCE = 3;

export function foldRelated(items: TrendSignal[]): TrendSignal[] {
  const kept: TrendSignal[] = [];
  for (const item of items) {
    const host = item.kind === 'term' && item.evidence.length >= MIN_EVIDENCE
      ? kept.find((other) => other.evidence.length >= MIN_EVIDENCE && overlap(other.evidence, item.evidence) >= SAME_STORY_OVERLAP)
      : undefined;
    if (host) host.related.push(item.key);
    else kept.push({ ...item, related: [...item.related] });
  }
  return kept;
}

function overlap(a: string[], b: string[]): number {
  const inA = new Set(a);
  const shared = b.filter((id) => inA.has(id)).length;
  return shared / (a.length + b.length - shared);
}
