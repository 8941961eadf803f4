/**
 * The drift to small, fragmented orders: how order sizes spread month by month, what share of
 * orders is small, and how often buyers ask for customisation (logo, engraving, own design).
 * Factories that planned around wholesale lots need to see this before it hits their margins.
 */
import { isoDay } from './buyer-history.js';
import { median } from '../math/summary.js';
import { compareProportions, type ProportionChange } from './proportion-test.js';

export interface OrderSize {
  day: number;
  units: number;
  amount: number;
  customised: boolean;
}

/** Unit bands from a single retail piece to a wholesale lot; the upper bounds are inclusive. */
export const ORDER_SIZE_BANDS = [1, 5, 20, 100, 500, Infinity] as const;

// Words buyers use when they ask for something made to order, in lower case; matched on lower-cased text
// (here, and by the database when it reads each order's lines).
export const CUSTOMISATION_WORDS = ['定制', '订制', '定做', '订做', '刻字', '印字', '印logo', '来图', '来样', '个性化', 'logo', 'custom', 'personali', 'engrav', 'oem', 'odm'];

export function mentionsCustomisation(text: string): boolean {
  const lower = text.toLowerCase();
  return CUSTOMISATION_WORDS.some((word) => lower.includes(word));
}

export interface MonthOfOrders {
  month: string;
  orders: number;
  medianUnits: number;
  medianAmount: number;
  smallShare: number;
  customisedShare: number;
  /** Order counts per `ORDER_SIZE_BANDS` entry. */
  sizeBands: number[];
}

export interface SmallOrderTrend {
  /** Orders of at most this many units count as small. */
  smallOrderUnits: number;
  months: MonthOfOrders[];
  /** Small-order share in the earlier half of the orders vs the later half. */
  smallShare: ProportionChange;
  customisedShare: ProportionChange;
  direction: 'fragmenting' | 'consolidating' | 'stable';
}

// The earliest quarter of orders sets what "a normal order" meant before any drift.
const BASELINE_SHARE = 0.25;
// Half the baseline median: an order that small is a different kind of business, not noise around typical.
const SMALL_FRACTION_OF_BASELINE = 0.5;
// A shift counts only if chance would produce it less than 5% of the time.
const SIGNIFICANCE = 0.05;

export function smallOrderTrend(orders: readonly OrderSize[], smallOrderUnits?: number): SmallOrderTrend {
  const sorted = [...orders].sort((p, q) => p.day - q.day);
  const baseline = sorted.slice(0, Math.max(1, Math.floor(sorted.length * BASELINE_SHARE)));
  const threshold = smallOrderUnits ?? Math.max(1, Math.floor(median(baseline.map((o) => o.units), 0) * SMALL_FRACTION_OF_BASELINE));
  const half = sorted.length >> 1;
  const [earlier, later] = [sorted.slice(0, half), sorted.slice(half)];
  const count = (list: readonly OrderSize[], test: (o: OrderSize) => boolean) => list.filter(test).length;
  const isSmall = (o: OrderSize) => o.units <= threshold;
  const smallShare = compareProportions(count(earlier, isSmall), earlier.length, count(later, isSmall), later.length);
  const customisedShare = compareProportions(
    count(earlier, (o) => o.customised),
    earlier.length,
    count(later, (o) => o.customised),
    later.length,
  );
  const moved = smallShare.pValue < SIGNIFICANCE;
  return {
    smallOrderUnits: threshold,
    months: byMonth(sorted, isSmall),
    smallShare,
    customisedShare,
    direction: !moved ? 'stable' : smallShare.after > smallShare.before ? 'fragmenting' : 'consolidating',
  };
}

function byMonth(sorted: readonly OrderSize[], isSmall: (o: OrderSize) => boolean): MonthOfOrders[] {
  const months = new Map<string, OrderSize[]>();
  // Orders share few distinct days; formatting each day once keeps a large history cheap.
  const monthOfDay = new Map<number, string>();
  for (const o of sorted) {
    let month = monthOfDay.get(o.day);
    if (month === undefined) {
      month = isoDay(o.day).slice(0, 7);
      monthOfDay.set(o.day, month);
    }
    const list = months.get(month);
    if (list) list.push(o);
    else months.set(month, [o]);
  }
  return [...months].map(([month, list]) => ({
    month,
    orders: list.length,
    medianUnits: median(list.map((o) => o.units)),
    medianAmount: median(list.map((o) => o.amount)),
    smallShare: list.filter(isSmall).length / list.length,
    customisedShare: list.filter((o) => o.customised).length / list.length,
    sizeBands: ORDER_SIZE_BANDS.map((upper, i) => list.filter((o) => o.units <= upper && o.units > (i === 0 ? 0 : ORDER_SIZE_BANDS[i - 1])).length),
  }));
}
