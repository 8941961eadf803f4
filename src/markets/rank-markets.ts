/**
 * Ranks regions, channels and categories for expansion. Each factor becomes a percentile among
 * the cells of the same dimension (so yuan, review counts and brand counts are comparable), the
 * percentiles are weighted into one score, and the factors that lifted or sank the cell are the reasons.
 */
import type { MarketCell } from './market-cells.js';
import type { MarketDimension } from './market-facts.js';

export type MarketFactor = 'demand' | 'growth' | 'headroom' | 'competition' | 'margin';

// Demand and its growth decide whether a market is worth entering; headroom, competition and margin
// decide how hard and how rewarding it is. Weights sum to 1.
export const FACTOR_WEIGHTS: Record<MarketFactor, number> = {
  demand: 0.3,
  growth: 0.25,
  headroom: 0.15,
  competition: 0.15,
  margin: 0.15,
};

export interface FactorReading {
  factor: MarketFactor;
  /** The raw figure: demand count or yuan, log growth, own share, competitor brands, margin rate. */
  value: number;
  /** 0–1, higher is better for expansion (fewer competitors and a smaller own share score high). */
  percentile: number;
  weight: number;
}

export interface MarketRanking {
  dimension: MarketDimension;
  key: string;
  rank: number;
  /** 0–100. */
  score: number;
  cell: MarketCell;
  /** Known factors, most helpful first. */
  factors: FactorReading[];
  strengths: MarketFactor[];
  weaknesses: MarketFactor[];
}

// A factor at or above the 2/3 percentile is a strength, at or below 1/3 a weakness: the outer thirds.
// An unknown factor counts as middling, so a cell with one bad known figure is not ranked below
// cells whose many known figures are merely mediocre.
const UNKNOWN_PERCENTILE = 0.5;
const STRENGTH_PERCENTILE = 2 / 3;
const WEAKNESS_PERCENTILE = 1 / 3;

/** Raw value and whether larger is better, per factor; null when the cell lacks it. */
function readFactor(cell: MarketCell, factor: MarketFactor): { value: number; higherIsBetter: boolean } | null {
  switch (factor) {
    case 'demand':
      return cell.demand === null ? null : { value: cell.demand, higherIsBetter: true };
    case 'growth':
      return cell.growth === null ? null : { value: cell.growth, higherIsBetter: true };
    case 'headroom':
      // A small share of a market's reviews means most of its buyers are still someone else's.
      return cell.ownShare === null ? null : { value: cell.ownShare, higherIsBetter: false };
    case 'competition':
      return cell.competitors === null ? null : { value: cell.competitors, higherIsBetter: false };
    case 'margin':
      return cell.margin === null ? null : { value: cell.margin, higherIsBetter: true };
  }
}

export function rankMarkets(cells: readonly MarketCell[]): MarketRanking[] {
  const rankings: MarketRanking[] = [];
  for (const dimension of ['region', 'channel', 'category'] as const) {
    const group = cells.filter((c) => c.dimension === dimension);
    const percentiles = new Map<MarketFactor, Map<MarketCell, number>>();
    for (const factor of Object.keys(FACTOR_WEIGHTS) as MarketFactor[]) {
      percentiles.set(factor, percentileAmong(group, factor));
    }
    const scored = group.map((cell) => {
      const factors: FactorReading[] = [];
      for (const [factor, byCell] of percentiles) {
        const percentile = byCell.get(cell);
        if (percentile === undefined) continue;
        factors.push({ factor, value: readFactor(cell, factor)!.value, percentile, weight: FACTOR_WEIGHTS[factor] });
      }
      const knownWeight = factors.reduce((s, f) => s + f.weight, 0);
      const score = 100 * (factors.reduce((s, f) => s + f.weight * f.percentile, 0) + UNKNOWN_PERCENTILE * (1 - knownWeight));
      factors.sort((p, q) => q.weight * (q.percentile - 0.5) - p.weight * (p.percentile - 0.5));
      return {
        dimension,
        key: cell.key,
        rank: 0,
        score,
        cell,
        factors,
        strengths: factors.filter((f) => f.percentile >= STRENGTH_PERCENTILE).map((f) => f.factor),
        weaknesses: factors.filter((f) => f.percentile <= WEAKNESS_PERCENTILE).map((f) => f.factor),
      };
    });
    scored.sort((p, q) => q.score - p.score || q.cell.revenue - p.cell.revenue || p.key.localeCompare(q.key));
    scored.forEach((r, i) => (r.rank = i + 1));
    for (const r of scored) rankings.push(r);
  }
  return rankings;
}

/**
 * Mid-rank percentile in 0–1 among the cells that have the factor, oriented so 1 is best.
 * A lone cell sits at 0.5: with nothing to compare against it is neither strength nor weakness.
 */
function percentileAmong(group: readonly MarketCell[], factor: MarketFactor): Map<MarketCell, number> {
  const known = group.flatMap((cell) => {
    const reading = readFactor(cell, factor);
    return reading ? [{ cell, value: reading.higherIsBetter ? reading.value : -reading.value }] : [];
  });
  const result = new Map<MarketCell, number>();
  if (known.length === 1) result.set(known[0].cell, 0.5);
  if (known.length < 2) return result;
  for (const { cell, value } of known) {
    const below = known.filter((k) => k.value < value).length;
    const ties = known.filter((k) => k.value === value).length - 1;
    result.set(cell, (below + ties / 2) / (known.length - 1));
  }
  return result;
}
