/**
 * Everything the customers page, CLI and API show: RFM segments, the fitted CLV model with its
 * holdout check, buyer actions and the small-order trend. Pure: the store hands over each order's
 * size and one summary per buyer for the two windows `reportWindows` names (summed by the database);
 * `buildCustomerReport` summarises dated orders in memory instead, the reference the store is held to.
 */
import { recommendBuyerActions, type BuyerAction, type BuyerRecommendation } from './buyer-actions.js';
import { isoDay, summariseBuyers, type BuyerHistory, type HistoryWindow } from './buyer-history.js';
import { fitClv, forecastCohort, spendModelUsable, valueBuyers, type ClvModel, type ForecastPoint } from './clv.js';
import { validateHoldout, type HoldoutReport } from './holdout.js';
import { scoreRfm, summariseSegments, type RfmScore, type RfmSegment, type SegmentSummary } from './rfm.js';
import { smallOrderTrend, type OrderSize, type SmallOrderTrend } from './small-orders.js';

export interface CustomerOrder extends OrderSize {
  buyerId: string;
}

export interface CustomerReportOptions {
  /** Forecast horizon in weeks. */
  horizonWeeks?: number;
  /** How many ranked buyers to list (all are counted). */
  topBuyers?: number;
}

export interface RankedBuyer extends BuyerRecommendation {
  segment: RfmSegment;
  /** The RFM scores (1–5) and the facts behind them, which explain the segment. */
  rfm: Omit<RfmScore, 'buyerId' | 'segment'>;
}

export interface CustomerReport {
  asOf: string;
  buyers: number;
  orders: number;
  horizonWeeks: number;
  /** Null when there are too few repeat buyers to fit (see `issue`). */
  model: { bgnbd: ClvModel['purchases']; gammaGamma: ClvModel['spend']; spendSource: 'gammaGamma' | 'ownAverage' } | null;
  issue: 'tooFewRepeatBuyers' | null;
  holdout: HoldoutReport | null;
  /** Cumulative expected purchases and value, every few weeks up to the horizon; empty without a model. */
  forecast: ForecastPoint[];
  segments: SegmentSummary[];
  actions: { action: BuyerAction; buyers: number; expectedValue: number }[];
  topBuyers: RankedBuyer[];
  smallOrders: SmallOrderTrend;
}

// A year: merchants plan production and promotions annually, and BG/NBD forecasts are least reliable far beyond that.
const DEFAULT_HORIZON_WEEKS = 52;
// A hundred buyers is more than a small factory's sales team can call in a month; all are still counted.
const DEFAULT_TOP_BUYERS = 100;
const WEEK_DAYS = 7;
// A forecast point every four weeks: monthly, the rhythm merchants plan stock and promotions in.
const FORECAST_STEP_WEEKS = 4;
// Below this many repeat buyers the Gamma-Gamma fit is dominated by a handful of people.
const MIN_REPEAT_BUYERS = 20;
// The last third of the history is held out to check the forecast on data the fit never saw.
const HOLDOUT_SHARE = 1 / 3;

/** What the report reads: every sale's size and the buyers summarised in each of `reportWindows`. */
export interface CustomerFacts {
  /** Every sale, oldest first (by time, then order id). */
  orders: readonly OrderSize[];
  /** Each buyer over the whole history, up to the last order's day, in the order of their first sale. */
  buyers: readonly BuyerHistory[];
  /** Each buyer with the last third held out; null when `reportWindows` gives no holdout window. */
  holdoutBuyers: readonly BuyerHistory[] | null;
}

export interface ReportWindows {
  whole: HistoryWindow;
  /** Null when the history is shorter than three weeks, too short to hold a week out. */
  holdout: HistoryWindow | null;
}

/** The windows buyers are summarised in: the whole history, and the first two thirds with the last third held out. */
export function reportWindows(orders: readonly OrderSize[]): ReportWindows {
  let firstDay = Infinity;
  let asOfDay = -Infinity;
  for (const o of orders) {
    firstDay = Math.min(firstDay, o.day);
    asOfDay = Math.max(asOfDay, o.day);
  }
  const holdoutDays = Math.floor((asOfDay - firstDay) * HOLDOUT_SHARE);
  return {
    whole: { calibrationEndDay: asOfDay, observationEndDay: asOfDay, unitDays: WEEK_DAYS },
    holdout: holdoutDays < WEEK_DAYS ? null : { calibrationEndDay: asOfDay - holdoutDays, observationEndDay: asOfDay, unitDays: WEEK_DAYS },
  };
}

/** The report from dated orders, every buyer summarised in memory. */
export function buildCustomerReport(orders: readonly CustomerOrder[], options: CustomerReportOptions = {}): CustomerReport | null {
  if (orders.length === 0) return null;
  const { whole, holdout } = reportWindows(orders);
  const purchases = orders.map((o) => ({ buyerId: o.buyerId, day: o.day, amount: o.amount }));
  return customerReport(
    { orders, buyers: summariseBuyers(purchases, whole), holdoutBuyers: holdout && summariseBuyers(purchases, holdout) },
    options,
  );
}

export function customerReport(facts: CustomerFacts, options: CustomerReportOptions = {}): CustomerReport | null {
  const { orders, buyers: histories } = facts;
  if (orders.length === 0) return null;
  const horizonWeeks = options.horizonWeeks ?? DEFAULT_HORIZON_WEEKS;
  const { whole, holdout } = reportWindows(orders);
  const asOfDay = whole.calibrationEndDay;
  const rfm = scoreRfm(
    histories.map((h) => ({ buyerId: h.buyerId, lastPurchaseDay: h.lastPurchaseDay, purchases: h.repeatPurchases + 1, totalSpend: h.totalSpend })),
    asOfDay,
  );
  const rfmOf = new Map(rfm.map((s) => [s.buyerId, s]));
  const fittable = countRepeatBuyers(histories) >= MIN_REPEAT_BUYERS;
  const model = fittable ? fitClv(histories) : null;
  const recommendations = model ? recommendBuyerActions(histories, valueBuyers(model, histories, horizonWeeks), asOfDay) : [];
  return {
    asOf: isoDay(asOfDay),
    buyers: histories.length,
    orders: orders.length,
    horizonWeeks,
    model: model && { bgnbd: model.purchases, gammaGamma: model.spend, spendSource: spendModelUsable(model) ? 'gammaGamma' : 'ownAverage' },
    issue: fittable ? null : 'tooFewRepeatBuyers',
    holdout: holdout && facts.holdoutBuyers && holdoutCheck(facts.holdoutBuyers, holdout),
    forecast: model ? forecastCohort(model, histories, horizonWeeks, Math.ceil(horizonWeeks / FORECAST_STEP_WEEKS)) : [],
    segments: summariseSegments(rfm),
    actions: (['keep', 'winBack', 'letGo'] as const).map((action) => {
      const list = recommendations.filter((r) => r.action === action);
      return { action, buyers: list.length, expectedValue: list.reduce((s, r) => s + r.expectedValue, 0) };
    }),
    topBuyers: recommendations.slice(0, options.topBuyers ?? DEFAULT_TOP_BUYERS).map((r) => {
      const { buyerId, segment, ...scores } = rfmOf.get(r.buyerId)!;
      return { ...r, segment, rfm: scores };
    }),
    smallOrders: smallOrderTrend(orders),
  };
}

function countRepeatBuyers(histories: readonly BuyerHistory[]): number {
  return histories.filter((h) => h.repeatPurchases > 0).length;
}

/** Refits on the first two thirds of the history and scores the forecast on the last third. */
function holdoutCheck(histories: readonly BuyerHistory[], window: HistoryWindow): HoldoutReport | null {
  if (countRepeatBuyers(histories) < MIN_REPEAT_BUYERS) return null;
  return validateHoldout(histories, fitClv(histories), (window.observationEndDay - window.calibrationEndDay) / WEEK_DAYS);
}
