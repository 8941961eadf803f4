/**
 * RFM segmentation: recency, frequency and monetary scores 1–5 by position among the merchant's
 * own buyers, mapped to named segments on the recency × frequency grid commonly used in retail
 * CRM, with the facts behind each buyer's segment.
 */

export interface BuyerActivity {
  buyerId: string;
  lastPurchaseDay: number;
  /** Distinct purchase days. */
  purchases: number;
  totalSpend: number;
}

export type RfmSegment =
  | 'champions'
  | 'loyal'
  | 'potentialLoyalist'
  | 'newCustomers'
  | 'promising'
  | 'needAttention'
  | 'aboutToSleep'
  | 'atRisk'
  | 'cannotLose'
  | 'hibernating'
  | 'lost';

export interface RfmReason {
  factor: 'recency' | 'frequency' | 'monetary';
  score: number;
  /** Days since last purchase, purchase count or total spend in yuan. */
  value: number;
  /** Share of buyers this buyer beats on the factor (0–1). */
  beats: number;
}

export interface RfmScore {
  buyerId: string;
  recency: number;
  frequency: number;
  monetary: number;
  segment: RfmSegment;
  reasons: RfmReason[];
}

const SCORE_LEVELS = 5;

/**
 * Scores are quintiles of the share of buyers strictly worse on the factor, so ties share a score:
 * the many one-time buyers all get frequency 1 instead of being spread over 1–2 by sort order.
 */
export function scoreRfm(buyers: readonly BuyerActivity[], asOfDay: number): RfmScore[] {
  const daysSince = buyers.map((b) => asOfDay - b.lastPurchaseDay);
  // Fewer days since the last purchase is better, so recency ranks the negated value.
  const recencyBeats = shareStrictlyBelow(daysSince.map((d) => -d));
  const frequencyBeats = shareStrictlyBelow(buyers.map((b) => b.purchases));
  const monetaryBeats = shareStrictlyBelow(buyers.map((b) => b.totalSpend));
  return buyers.map((b, i) => {
    const recency = toScore(recencyBeats[i]);
    const frequency = toScore(frequencyBeats[i]);
    const monetary = toScore(monetaryBeats[i]);
    return {
      buyerId: b.buyerId,
      recency,
      frequency,
      monetary,
      segment: segmentOf(recency, frequency),
      reasons: [
        { factor: 'recency', score: recency, value: daysSince[i], beats: recencyBeats[i] },
        { factor: 'frequency', score: frequency, value: b.purchases, beats: frequencyBeats[i] },
        { factor: 'monetary', score: monetary, value: b.totalSpend, beats: monetaryBeats[i] },
      ],
    };
  });
}

function toScore(beats: number): number {
  return Math.min(SCORE_LEVELS, 1 + Math.floor(beats * SCORE_LEVELS));
}

/** For each value, the share of all values strictly smaller. */
function shareStrictlyBelow(values: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  return values.map((v) => lowerBound(sorted, v) / values.length);
}

function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The recency × frequency grid: recent and frequent are champions, frequent but gone quiet are
 * at risk (or "cannot lose" at the very top), rare and long gone are lost.
 */
export function segmentOf(recency: number, frequency: number): RfmSegment {
  if (recency <= 2) {
    if (frequency === 5) return 'cannotLose';
    if (frequency >= 3) return 'atRisk';
    return recency === 1 ? 'lost' : 'hibernating';
  }
  if (recency === 3) {
    if (frequency >= 4) return 'loyal';
    return frequency === 3 ? 'needAttention' : 'aboutToSleep';
  }
  if (frequency >= 4) return recency === 5 ? 'champions' : 'loyal';
  if (frequency >= 2) return 'potentialLoyalist';
  return recency === 5 ? 'newCustomers' : 'promising';
}

export interface SegmentSummary {
  segment: RfmSegment;
  buyers: number;
  totalSpend: number;
  averageDaysSince: number;
}

export function summariseSegments(scores: readonly RfmScore[]): SegmentSummary[] {
  const bySegment = new Map<RfmSegment, SegmentSummary>();
  for (const s of scores) {
    const summary = bySegment.get(s.segment) ?? { segment: s.segment, buyers: 0, totalSpend: 0, averageDaysSince: 0 };
    summary.buyers++;
    summary.totalSpend += s.reasons[2].value;
    summary.averageDaysSince += s.reasons[0].value;
    bySegment.set(s.segment, summary);
  }
  return [...bySegment.values()]
    .map((s) => ({ ...s, averageDaysSince: s.averageDaysSince / s.buyers }))
    .sort((p, q) => q.totalSpend - p.totalSpend);
}
