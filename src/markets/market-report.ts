/** The markets page, CLI and API view: every dimension ranked as of the newest fact. */
import { isoDay } from '../customers/buyer-history.js';
import { buildMarketCells, GROWTH_WINDOW_DAYS } from './market-cells.js';
import type { MarketFacts } from './market-facts.js';
import { FACTOR_WEIGHTS, rankMarkets, type MarketRanking } from './rank-markets.js';

export interface MarketReport {
  asOf: string;
  windowDays: number;
  weights: typeof FACTOR_WEIGHTS;
  rankings: MarketRanking[];
}

export function buildMarketReport(facts: MarketFacts): MarketReport | null {
  let asOfDay = -Infinity;
  for (const s of facts.sales) asOfDay = Math.max(asOfDay, s.day);
  for (const r of facts.reviews) asOfDay = Math.max(asOfDay, r.day);
  if (!Number.isFinite(asOfDay)) return null;
  return { asOf: isoDay(asOfDay), windowDays: GROWTH_WINDOW_DAYS, weights: FACTOR_WEIGHTS, rankings: rankMarkets(buildMarketCells(facts, asOfDay)) };
}
