/**
 * Turns dated purchases into the per-buyer summary the CLV models read:
 * repeat purchases x, recency t_x and tenure T in a chosen time unit, plus average repeat spend,
 * and — when an observation end after the calibration end is given — what happened in the holdout.
 */

export interface Purchase {
  buyerId: string;
  /** Whole days since 1970-01-01 UTC (see `dayNumber`). */
  day: number;
  amount: number;
}

export interface BuyerHistory {
  buyerId: string;
  firstPurchaseDay: number;
  /** Last purchase day within calibration. */
  lastPurchaseDay: number;
  /** x: purchase days after the first one, within calibration. */
  repeatPurchases: number;
  /** t_x: time from first to last calibration purchase. */
  recency: number;
  /** T: time from first purchase to calibration end. */
  tenure: number;
  /** Mean spend of the repeat purchase days (0 when there are none); the first purchase is excluded as in Fader–Hardie. */
  averageRepeatSpend: number;
  totalSpend: number;
  holdoutPurchases: number;
  holdoutSpend: number;
}

export interface HistoryWindow {
  /** Last day (inclusive) of the calibration period. */
  calibrationEndDay: number;
  /** Last day (inclusive) of the holdout; equal to calibrationEndDay when there is no holdout. */
  observationEndDay: number;
  /** Days per model time unit: 7 for weeks, as in the published CDNOW fits. */
  unitDays: number;
}

const MS_PER_DAY = 86_400_000;

/** Whole UTC days since the epoch for an ISO date or timestamp. */
export function dayNumber(iso: string): number {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${iso}`);
  return Math.floor(ms / MS_PER_DAY);
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Buyers whose first purchase falls after calibration end are left out: the models describe a
 * cohort already acquired by then. Several purchases on one day count as one purchase of their total,
 * the convention of the published CDNOW fits.
 */
export function summariseBuyers(purchases: readonly Purchase[], window: HistoryWindow): BuyerHistory[] {
  // Each buyer's purchases are chained through `next` (newest-seen first) instead of held in a
  // million small arrays: at a million buyers the arrays, not the arithmetic, dominate the time.
  const buyerOf = new Map<string, number>();
  const buyerIds: string[] = [];
  const head: number[] = [];
  const next = new Int32Array(purchases.length);
  purchases.forEach((p, i) => {
    let buyer = buyerOf.get(p.buyerId);
    if (buyer === undefined) {
      buyer = buyerIds.length;
      buyerOf.set(p.buyerId, buyer);
      buyerIds.push(p.buyerId);
      head.push(-1);
    }
    next[i] = head[buyer];
    head[buyer] = i;
  });
  const histories: BuyerHistory[] = [];
  const scratch: Purchase[] = [];
  buyerIds.forEach((buyerId, buyer) => {
    scratch.length = 0;
    for (let i = head[buyer]; i >= 0; i = next[i]) scratch.push(purchases[i]);
    const history = summariseOne(buyerId, scratch, window);
    if (history) histories.push(history);
  });
  return histories;
}

/**
 * One buyer's purchase days in a window, as the models start from: first purchase day, last purchase
 * day and number of purchase days within calibration, spend within calibration (all, and after the first
 * day), and purchase days and spend after calibration up to the observation end.
 */
export interface BuyerDays {
  buyerId: string;
  firstDay: number;
  lastDay: number;
  purchaseDays: number;
  totalSpend: number;
  repeatSpend: number;
  holdoutDays: number;
  holdoutSpend: number;
}

/** A buyer's summary in the models' time unit, from the buyer's purchase days in the window. */
export function historyFromDays(days: BuyerDays, window: HistoryWindow): BuyerHistory {
  const repeatDays = days.purchaseDays - 1;
  return {
    buyerId: days.buyerId,
    firstPurchaseDay: days.firstDay,
    lastPurchaseDay: days.lastDay,
    repeatPurchases: repeatDays,
    recency: (days.lastDay - days.firstDay) / window.unitDays,
    tenure: (window.calibrationEndDay - days.firstDay) / window.unitDays,
    averageRepeatSpend: repeatDays > 0 ? days.repeatSpend / repeatDays : 0,
    totalSpend: days.totalSpend,
    holdoutPurchases: days.holdoutDays,
    holdoutSpend: days.holdoutSpend,
  };
}

function summariseOne(buyerId: string, list: Purchase[], window: HistoryWindow): BuyerHistory | null {
  list.sort((p, q) => p.day - q.day);
  const firstDay = list[0].day;
  if (firstDay > window.calibrationEndDay) return null;
  let lastDay = firstDay;
  let repeatDays = 0;
  let repeatSpend = 0;
  let totalSpend = 0;
  let holdoutDays = 0;
  let holdoutSpend = 0;
  let previousDay = Number.NaN;
  for (const p of list) {
    if (p.day > window.observationEndDay) break;
    const newDay = p.day !== previousDay;
    previousDay = p.day;
    if (p.day <= window.calibrationEndDay) {
      totalSpend += p.amount;
      if (p.day === firstDay) continue;
      if (newDay) repeatDays++;
      repeatSpend += p.amount;
      lastDay = p.day;
    } else {
      if (newDay) holdoutDays++;
      holdoutSpend += p.amount;
    }
  }
  return historyFromDays({ buyerId, firstDay, lastDay, purchaseDays: repeatDays + 1, totalSpend, repeatSpend, holdoutDays, holdoutSpend }, window);
}
