import { dayNumber } from '../customers/buyer-history.js';
import type { CustomerOrder } from '../customers/customer-report.js';
import { mentionsCustomisation } from '../customers/small-orders.js';
import { listOrderLineProducts, listOrderTotals } from '../store/customers.js';
import type { Store } from '../store/store.js';

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
