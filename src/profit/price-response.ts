import { fitLine } from '../math/linear-regression.js';
import { monthOf } from './months.js';
import { isSale, type ProfitLine } from './types.js';

/**
 * How units sold answer a price change: the slope of log units on log price over (month, price) points, so
 * −1.5 means 1% dearer sells about 1.5% fewer. Fitted only when the product sold at enough distinct prices
 * over enough months; otherwise it says so ("数据不够") rather than reading a slope into two points.
 */

/** Fewer distinct prices than this leave a line through two clusters — often retail vs wholesale, not a price change. */
export const MIN_DISTINCT_PRICES = 3;
/** Half a year of selling months, so one promotion month cannot make the estimate. */
export const MIN_MONTHS = 6;

export type PriceResponse =
  | { status: 'estimated'; elasticity: number; low: number; high: number; level: number; points: number; prices: number; months: number }
  | { status: 'notEnoughData'; prices: number; months: number; needPrices: number; needMonths: number };

/** The estimate for one product's lines (sales only count; refunds and cancellations do not). */
export function priceResponse(lines: readonly ProfitLine[]): PriceResponse {
  const units = new Map<string, { price: number; units: number }>();
  const months = new Set<string>();
  const prices = new Set<number>();
  for (const l of lines) {
    if (!isSale(l.status) || l.unitPrice <= 0 || l.quantity <= 0) continue;
    const price = Math.round(l.unitPrice * 100) / 100;
    const month = monthOf(l.orderedAt);
    const key = `${month}|${price}`;
    const point = units.get(key) ?? { price, units: 0 };
    point.units += l.quantity;
    units.set(key, point);
    months.add(month);
    prices.add(price);
  }
  const counts = { prices: prices.size, months: months.size };
  if (prices.size < MIN_DISTINCT_PRICES || months.size < MIN_MONTHS) {
    return { status: 'notEnoughData', ...counts, needPrices: MIN_DISTINCT_PRICES, needMonths: MIN_MONTHS };
  }
  const points = [...units.values()];
  const fit = fitLine(points.map((p) => Math.log(p.price)), points.map((p) => Math.log(p.units)));
  if (!fit) return { status: 'notEnoughData', ...counts, needPrices: MIN_DISTINCT_PRICES, needMonths: MIN_MONTHS };
  return { status: 'estimated', elasticity: fit.slope, low: fit.slopeLow, high: fit.slopeHigh, level: fit.level, points: points.length, ...counts };
}
