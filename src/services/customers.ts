import { dayNumber } from '../customers/buyer-history.js';
import { buildCustomerReport, type CustomerOrder, type CustomerReport, type CustomerReportOptions } from '../customers/customer-report.js';
import { mentionsCustomisation } from '../customers/small-orders.js';
import { listOrderLineProducts, listOrderTotals } from '../store/customers.js';
import { dataVersion } from '../store/data-version.js';
import type { Store } from '../store/store.js';
import { VersionedCache } from './versioned-cache.js';

// A few reports per merchant (the customers page and the home page ask with different options).
const reports = new VersionedCache<CustomerReport | null>(64);

/**
 * The customers report (segments, lifetime value with its holdout check, buyer actions, small-order
 * trend), shared by `kaikuan customers` and GET /api/customers. Fitting the models reads every order,
 * so a report is kept until orders, lines or the catalogue change: a page asked for again costs a count.
 */
export async function customerReportFor(store: Store, merchantId: string, options: CustomerReportOptions = {}): Promise<CustomerReport | null> {
  const version = await dataVersion(store, merchantId, ['sales_order', 'order_line', 'product']);
  const key = `${merchantId}|${options.horizonWeeks ?? ''}|${options.topBuyers ?? ''}`;
  return reports.get(store, key, version, async () => buildCustomerReport(await customerOrdersFor(store, merchantId), options));
}

/**
 * The merchant's orders as the customer analyses read them: buyer, day, amount, units, and
 * whether any line's product (name, SKU or attributes) asks for customisation.
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
      // An order without lines still happened; count it as one unit rather than drop it.
      units: detail?.units ?? 1,
      customised: detail?.customised ?? false,
    };
  });
}
