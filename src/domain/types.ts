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

export interface Order {
  merchantId: MerchantId;
  id: string;
  buyerId: string;
  orderedAt: IsoTime;
  region: string | null;
  channel: string | null;
  totalAmount: number;
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
