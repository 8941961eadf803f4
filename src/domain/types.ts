/**
 * The merchant's world as plain types. Money is in yuan, times are ISO-8601 UTC strings,
 * and every record belongs to exactly one merchant.
 */
export type MerchantId = string;
export type IsoTime = string;

export interface Merchant {
  id: MerchantId;
  name: string;
  createdAt: IsoTime;
}

/** Our own listing or a competitor's listing we watch; reviews attach to either. */
export type ProductOwner = 'own' | 'competitor';

export interface Product {
  merchantId: MerchantId;
  id: string;
  sku: string;
  name: string;
  category: string;
  price: number | null;
  unitCost: number | null;
  attributes: Record<string, string>;
  owner: ProductOwner;
  /** Brand or shop name; for competitors this is who we compare against. */
  brand: string | null;
  platform: string | null;
}

export type CompetitorProduct = Product & { owner: 'competitor' };

export type Language = 'zh' | 'en';

export interface Review {
  merchantId: MerchantId;
  id: string;
  platform: string;
  productId: string | null;
  rating: number | null;
  text: string;
  language: Language;
  reviewedAt: IsoTime;
  helpfulVotes: number;
  author: string | null;
}

export interface SocialPost {
  merchantId: MerchantId;
  id: string;
  platform: string;
  author: string | null;
  text: string;
  likes: number;
  comments: number;
  shares: number;
  postedAt: IsoTime;
  url: string | null;
}

export interface Buyer {
  merchantId: MerchantId;
  id: string;
  name: string | null;
  region: string | null;
  channel: string | null;
  firstSeenAt: IsoTime | null;
}

export interface OrderLine {
  lineNo: number;
  productId: string | null;
  sku: string | null;
  quantity: number;
  unitPrice: number;
  amount: number;
}

/**
 * What became of an order, as the platform's 订单状态 and 退款 columns say. Only money the shop kept is a
 * sale: 'paid' orders count whole, 'partly_refunded' ones count what was not given back; 'unpaid'
 * (never paid), 'cancelled' (closed before paying) and 'refunded' (all money given back) are kept but
 * counted nowhere as sales. An order whose refund is still under way (退款中/售后中) is 'paid' until it ends.
 */
export const ORDER_STATUSES = ['paid', 'unpaid', 'cancelled', 'refunded', 'partly_refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** The statuses whose orders are sales (customers, markets, trends, selection count only these). */
export const SALES_STATUSES = ['paid', 'partly_refunded'] as const satisfies readonly OrderStatus[];

/**
 * One order's status from two of its lines (exports with a row per line repeat or split it): lines
 * that agree keep it; a sale with refunded lines is partly refunded; a sale beside an unpaid or
 * cancelled line stays a sale (the shop did sell the rest).
 */
export function orderStatusOfLines(a: OrderStatus, b: OrderStatus): OrderStatus {
  if (a === b) return a;
  const sold = (s: OrderStatus) => s === 'paid' || s === 'partly_refunded' || s === 'refunded';
  if (sold(a) && sold(b)) return 'partly_refunded';
  return sold(a) ? a : sold(b) ? b : a;
}

export interface Order {
  merchantId: MerchantId;
  id: string;
  buyerId: string;
  orderedAt: IsoTime;
  region: string | null;
  channel: string | null;
  totalAmount: number;
  status: OrderStatus;
  /** Yuan given back to the buyer (as a positive number); 0 when nothing was refunded. */
  refundAmount: number;
  returnReason: string | null;
  lines: OrderLine[];
}

export type TimeBucket = 'day' | 'week' | 'month';

export interface KeywordVolume {
  merchantId: MerchantId;
  keyword: string;
  platform: string;
  bucket: TimeBucket;
  bucketStart: IsoTime;
  volume: number;
}

export interface AdCampaign {
  merchantId: MerchantId;
  id: string;
  platform: string;
  name: string;
  status: 'draft' | 'active' | 'paused' | 'ended';
  dailyBudget: number;
  keywords: string[];
  startedAt: IsoTime | null;
}

/** What a merchant's data holds, for the home page and `kaikuan merchants`. */
export interface DataCounts {
  products: number;
  reviews: number;
  posts: number;
  buyers: number;
  orders: number;
  keywordVolumes: number;
  campaigns: number;
}
