import { SALES_STATUSES, type OrderStatus, type Product } from '../domain/types.js';

/** Whether an order's money counts as a sale (paid, or partly refunded: the part kept). */
export const isSale = (status: OrderStatus): boolean => (SALES_STATUSES as readonly OrderStatus[]).includes(status);

/** Whether an order gave money back, in whole or part. */
export const isReturn = (status: OrderStatus): boolean => status === 'refunded' || status === 'partly_refunded';

/** One order line as profit per product reads it: the line, its order's outcome and its product's cost. */
export interface ProfitLine {
  orderId: string;
  buyerId: string;
  orderedAt: string;
  status: OrderStatus;
  /** Yuan the order gave back, shared over its lines by amount. */
  orderRefund: number;
  returnReason: string | null;
  region: string | null;
  channel: string | null;
  productId: string | null;
  sku: string | null;
  quantity: number;
  unitPrice: number;
  amount: number;
}

/** An own product: what it is called and what one unit costs to make or buy (null until the owner enters it). */
export type ProfitProduct = Pick<Product, 'id' | 'sku' | 'name' | 'category' | 'price' | 'unitCost'>;

/** The owner's cost assumptions; `entered` is false while they are the defaults. */
export interface ProfitSettings {
  platformFeeRate: number;
  shippingPerOrder: number;
  salesLostPerStar: number;
  entered: boolean;
}

/**
 * Until the owner says otherwise: no platform fee and no shipping (the page says they were not entered, so a
 * profit is never silently shrunk by a guess), and a product losing 10% of its sales per star its rating
 * loses — a deliberately round figure the page states and lets the owner change, not a measured one.
 */
export const DEFAULT_PROFIT_SETTINGS: ProfitSettings = { platformFeeRate: 0, shippingPerOrder: 0, salesLostPerStar: 0.1, entered: false };
