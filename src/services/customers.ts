import { dayNumber, historyFromDays, isoDay, type BuyerHistory, type HistoryWindow } from '../customers/buyer-history.js';
import { customerReport, reportWindows, type CustomerFacts, type CustomerOrder, type CustomerReport, type CustomerReportOptions } from '../customers/customer-report.js';
import { CUSTOMISATION_WORDS, mentionsCustomisation, type OrderSize } from '../customers/small-orders.js';
import { listBuyerSummaries, listOrderLineProducts, listOrderSizes, listOrderTotals } from '../store/customers.js';
import { dataVersion } from '../store/data-version.js';
import type { Store } from '../store/store.js';
import { VersionedCache } from './versioned-cache.js';

// A few reports per merchant (the customers page and the home page ask for different numbers of buyers, one horizon).
const reports = new VersionedCache<CustomerReport | null>(64);

/**
 * The customers report (segments, lifetime value with its holdout check, buyer actions, small-order
 * trend), shared by `kaikuan customers` and GET /api/customers. Fitting the models reads a summary of
 * every buyer, so a report is kept until orders, lines or the catalogue change: a page asked for again
 * costs a count. It is kept with every buyer ranked, so asking for more or fewer buyers does not refit.
 */
export async function customerReportFor(store: Store, merchantId: string, options: CustomerReportOptions = {}): Promise<CustomerReport | null> {
  const version = await dataVersion(store, merchantId, ['sales_order', 'order_line', 'product']);
  const key = `${merchantId}|${options.horizonWeeks ?? ''}`;
  const report = await reports.get(store, key, version, async () => {
    const facts = await customerFactsFor(store, merchantId);
    return facts && customerReport(facts, { horizonWeeks: options.horizonWeeks, topBuyers: Number.POSITIVE_INFINITY });
  });
  return report && { ...report, topBuyers: report.topBuyers.slice(0, options.topBuyers ?? report.topBuyers.length) };
}

/** What the report reads, from the database: each sale's size, and one summary per buyer in each window. */
export async function customerFactsFor(store: Store, merchantId: string): Promise<CustomerFacts | null> {
  const orders: OrderSize[] = (await listOrderSizes(store, merchantId, CUSTOMISATION_WORDS)).map((o) => ({
    day: dayNumber(o.day),
    amount: o.amount,
    // An order without lines still happened; count it as one unit rather than drop it.
    units: o.units === null ? 1 : Number(o.units),
    customised: Number(o.customised) === 1,
  }));
  if (orders.length === 0) return null;
  const { whole, holdout } = reportWindows(orders);
  return { orders, buyers: await buyerHistories(store, merchantId, whole), holdoutBuyers: holdout && (await buyerHistories(store, merchantId, holdout)) };
}

async function buyerHistories(store: Store, merchantId: string, window: HistoryWindow): Promise<BuyerHistory[]> {
  const days = { calibrationEnd: isoDay(window.calibrationEndDay), observationEnd: isoDay(window.observationEndDay) };
  const rows = await listBuyerSummaries(store, merchantId, days);
  // PostgreSQL returns sums of whole numbers as strings.
  return rows.map((r) =>
    historyFromDays(
      {
        buyerId: r.buyer_id,
        firstDay: dayNumber(r.first_day),
        lastDay: dayNumber(r.last_day),
        purchaseDays: Number(r.purchase_days),
        totalSpend: r.total_spend,
        repeatSpend: r.repeat_spend,
        holdoutDays: Number(r.holdout_days),
        holdoutSpend: r.holdout_spend,
      },
      window,
    ),
  );
}

/**
 * Every sale with its buyer, read order by order and line by line: the reference the database's
 * summaries are held to (`buildCustomerReport` over these equals the report; tests and
 * `npm run bench -- customers` compare the two). Pages never call it.
 */
export async function customerOrdersFor(store: Store, merchantId: string): Promise<CustomerOrder[]> {
  const orders = await listOrderTotals(store, merchantId);
  const lines = await listOrderLineProducts(store, merchantId);
  const byOrder = new Map<string, { units: number; customised: boolean }>();
  for (const line of lines) {
    const order = byOrder.get(line.order_id) ?? { units: 0, customised: false };
    order.units += line.quantity;
    order.customised ||= mentionsCustomisation(`${line.name ?? ''} ${line.sku ?? ''} ${line.attributes ?? ''}`);
    byOrder.set(line.order_id, order);
  }
  return orders.map((o) => {
    const detail = byOrder.get(o.id);
    return {
      buyerId: o.buyer_id,
      day: dayNumber(o.ordered_at),
      amount: o.total_amount,
      units: detail?.units ?? 1,
      customised: detail?.customised ?? false,
    };
  });
}
