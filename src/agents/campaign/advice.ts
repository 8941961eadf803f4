import type { Order, Product } from '../../domain/types.js';
import type { SpendRequest } from '../../domain/spend-proposal.js';
import { unitMargin } from '../margin.js';
import { addDays, previousRun, upcomingEvents, type EventWindow } from './calendar.js';

/** Four weeks of sales set the baseline: recent enough to reflect the shop now, long enough to average out a slow week. */
export const BASELINE_DAYS = 28;
/** Below this many units in the weeks before last year's event, a measured lift is noise; the prior is used. */
export const MIN_UNITS_FOR_MEASURED_LIFT = 20;
/** Platforms stop taking sign-ups a few days before an event starts; five is the safe side. */
export const SIGNUP_CLOSES_DAYS_BEFORE = 5;
/** How far ahead the specialist looks: far enough to prepare stock for the next big event. */
export const CAMPAIGN_HORIZON_DAYS = 60;
/**
 * Sign-ups are proposed only once their deadline is this close: a proposal left waiting for weeks
 * goes stale (the guard expires it), and next week's run proposes the later events in time.
 */
export const PROPOSE_WITHIN_DAYS = 14;

export type CampaignProduct = Pick<Product, 'id' | 'name' | 'price' | 'unitCost'>;

export interface ProductEffect {
  productId: string;
  productName: string;
  baselineDailyUnits: number;
  lift: number;
  liftSource: 'measured' | 'prior';
  expectedUnits: number;
  extraUnits: number;
  /** Yuan of margin given away as the required discount on the expected units. */
  discountCostYuan: number;
  /** Expected sales joining (at the discounted price) minus expected sales not joining. */
  revenueChangeYuan: number;
  /** Expected margin joining minus expected margin not joining, over the event. */
  profitChangeYuan: number;
}

export interface CampaignAdvice {
  eventId: string;
  eventName: string;
  platform: string;
  startsOn: string;
  endsOn: string;
  signupClosesOn: string;
  discount: number;
  join: boolean;
  products: ProductEffect[];
  /** Over the products worth joining with. */
  revenueChangeYuan: number;
  profitChangeYuan: number;
  discountCostYuan: number;
  reason: string;
}

const round = (x: number) => Math.round(x);

/** Units of each product sold on `platform` between two ISO dates (inclusive start, exclusive end). */
function unitsBetween(orders: Order[], platform: string, from: string, until: string): Map<string, number> {
  const units = new Map<string, number>();
  for (const order of orders) {
    const day = order.orderedAt.slice(0, 10);
    if (order.channel !== platform || day < from || day >= until) continue;
    for (const line of order.lines) {
      if (line.productId) units.set(line.productId, (units.get(line.productId) ?? 0) + line.quantity);
    }
  }
  return units;
}

/** The shop's own lift from last year's run of the event, when its orders cover it well enough. */
function measuredLift(orders: Order[], platform: string, window: EventWindow, productId: string): number | undefined {
  const last = previousRun(window);
  const before = unitsBetween(orders, platform, addDays(last.startsOn, -BASELINE_DAYS), last.startsOn).get(productId) ?? 0;
  if (before < MIN_UNITS_FOR_MEASURED_LIFT) return undefined;
  const during = unitsBetween(orders, platform, last.startsOn, addDays(last.endsOn, 1)).get(productId) ?? 0;
  return during / last.days / (before / BASELINE_DAYS);
}

/**
 * Which upcoming platform events to join, per platform the shop sells on, with the expected effect:
 * units from the shop's last four weeks times the event's lift, margin at the required discount
 * against margin without joining. Joins only when the shop expects to earn more by joining.
 */
export function adviseCampaigns(today: string, products: CampaignProduct[], orders: Order[], horizonDays = CAMPAIGN_HORIZON_DAYS): CampaignAdvice[] {
  const platforms = new Set(orders.map((o) => o.channel).filter((c): c is string => c !== null));
  const baselineFrom = addDays(today, -BASELINE_DAYS);
  const advice: CampaignAdvice[] = [];
  for (const window of upcomingEvents(today, horizonDays)) {
    for (const platform of window.event.platforms.filter((p) => platforms.has(p))) {
      const baseline = unitsBetween(orders, platform, baselineFrom, today.slice(0, 10));
      const effects = products
        .filter((p) => p.price !== null && (baseline.get(p.id) ?? 0) > 0)
        .map((p) => productEffect(p, (baseline.get(p.id) ?? 0) / BASELINE_DAYS, window, measuredLift(orders, platform, window, p.id)));
      advice.push(summarise(window, platform, today, effects));
    }
  }
  return advice;
}

function productEffect(product: CampaignProduct, baselineDaily: number, window: EventWindow, measured: number | undefined): ProductEffect {
  const discount = window.event.requiredDiscount;
  const lift = measured ?? window.event.upliftPrior;
  const price = product.price ?? 0;
  const baseUnits = baselineDaily * window.days;
  const expectedUnits = baseUnits * lift;
  const joined = expectedUnits * unitMargin(product, price * (1 - discount));
  const notJoined = baseUnits * unitMargin(product);
  return {
    productId: product.id,
    productName: product.name,
    baselineDailyUnits: Math.round(baselineDaily * 100) / 100,
    lift: Math.round(lift * 100) / 100,
    liftSource: measured === undefined ? 'prior' : 'measured',
    expectedUnits: round(expectedUnits),
    extraUnits: round(expectedUnits - baseUnits),
    discountCostYuan: round(expectedUnits * price * discount),
    revenueChangeYuan: round(expectedUnits * price * (1 - discount) - baseUnits * price),
    profitChangeYuan: round(joined - notJoined),
  };
}

function summarise(window: EventWindow, platform: string, today: string, effects: ProductEffect[]): CampaignAdvice {
  const signupClosesOn = addDays(window.startsOn, -SIGNUP_CLOSES_DAYS_BEFORE);
  const worth = effects.filter((e) => e.profitChangeYuan > 0);
  const open = today.slice(0, 10) <= signupClosesOn;
  const join = open && worth.length > 0;
  const sum = (f: (e: ProductEffect) => number) => worth.reduce((s, e) => s + f(e), 0);
  const pct = Math.round(window.event.requiredDiscount * 100);
  const reason = !open
    ? `报名已在${signupClosesOn}截止`
    : effects.length === 0
      ? `最近${BASELINE_DAYS}天在${platform}没有销量，参加也估不出效果`
      : worth.length === 0
        ? `让利${pct}%后，预计多卖的量赚不回折扣，不建议参加`
        : `${worth.map((e) => e.productName).join('、')}预计多卖${sum((e) => e.extraUnits)}件，让利${pct}%后多赚约${sum((e) => e.profitChangeYuan)}元`;
  return {
    eventId: window.event.id,
    eventName: window.event.name,
    platform,
    startsOn: window.startsOn,
    endsOn: window.endsOn,
    signupClosesOn,
    discount: window.event.requiredDiscount,
    join,
    products: effects,
    revenueChangeYuan: sum((e) => e.revenueChangeYuan),
    profitChangeYuan: sum((e) => e.profitChangeYuan),
    discountCostYuan: sum((e) => e.discountCostYuan),
    reason,
  };
}

/**
 * Sign-up requests for the events worth joining whose sign-up closes soon; the guard asks the owner before anything is
 * committed. For one region, the request says so and is its own (the effect was measured on that region's orders).
 */
export function campaignSpendRequests(advice: CampaignAdvice[], today: string, region?: string): SpendRequest[] {
  const horizon = addDays(today, PROPOSE_WITHIN_DAYS);
  return advice.filter((a) => a.join && a.signupClosesOn <= horizon).map((a) => ({
    agent: 'campaign',
    action: 'join_campaign',
    // The discount given on expected sales is the money the shop commits by signing up.
    amountYuan: a.discountCostYuan,
    channel: `campaign:${a.platform}-${a.eventId}`,
    description: `报名${a.platform}${a.eventName}${region ? `（${region}）` : ''}（${a.startsOn}~${a.endsOn}，让利${Math.round(a.discount * 100)}%）：${a.reason}`,
    payload: { eventId: a.eventId, platform: a.platform, startsOn: a.startsOn, endsOn: a.endsOn, discount: a.discount, productIds: a.products.filter((p) => p.profitChangeYuan > 0).map((p) => p.productId) },
    idempotencyKey: `campaign:${a.platform}:${a.eventId}:${a.startsOn}${region ? `:${region}` : ''}`,
  }));
}
