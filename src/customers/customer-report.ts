/**
 * Everything the customers page, CLI and API show, computed from the merchant's orders in one
 * pass: RFM segments, the fitted CLV model with its holdout check, buyer actions and the
 * small-order trend. Pure: the store hands over the orders.
 */
import { recommendBuyerActions, type BuyerAction, type BuyerRecommendation } from './buyer-actions.js';
import { isoDay, summariseBuyers, type BuyerHistory, type Purchase } from './buyer-history.js';
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

export function buildCustomerReport(orders: readonly CustomerOrder[], options: CustomerReportOptions = {}): CustomerReport | null {
  if (orders.length === 0) return null;
  const horizonWeeks = options.horizonWeeks ?? DEFAULT_HORIZON_WEEKS;
  let firstDay = Infinity;
  let asOfDay = -Infinity;
  for (const o of orders) {
    firstDay = Math.min(firstDay, o.day);
    asOfDay = Math.max(asOfDay, o.day);
  }
  const purchases = orders.map((o) => ({ buyerId: o.buyerId, day: o.day, amount: o.amount }));
  const histories = summariseBuyers(purchases, { calibrationEndDay: asOfDay, observationEndDay: asOfDay, unitDays: WEEK_DAYS });
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
    holdout: holdoutCheck(purchases, firstDay, asOfDay),
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
function holdoutCheck(purchases: readonly Purchase[], firstDay: number, lastDay: number): HoldoutReport | null {
  const holdoutDays = Math.floor((lastDay - firstDay) * HOLDOUT_SHARE);
  const window = { calibrationEndDay: lastDay - holdoutDays, observationEndDay: lastDay, unitDays: WEEK_DAYS };
  const histories = summariseBuyers(purchases, window);
  if (holdoutDays < WEEK_DAYS || countRepeatBuyers(histories) < MIN_REPEAT_BUYERS) return null;
  return validateHoldout(histories, fitClv(histories), holdoutDays / WEEK_DAYS);
}
