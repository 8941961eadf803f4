import type { OrderStatus } from '../../domain/types.js';

/** The merchant, its people and the data it imports: the tables every capability reads. */
export interface MerchantTable {
  id: string;
  name: string;
  created_at: string;
}

export interface AccountTable {
  merchant_id: string;
  id: string;
  email: string;
  password_hash: string;
  display_name: string | null;
  created_at: string;
}

/** Login sessions and API tokens; only a SHA-256 of the secret is kept. */
export interface AccessTokenTable {
  merchant_id: string;
  token_hash: string;
  account_id: string;
  kind: 'session' | 'api';
  label: string | null;
  created_at: string;
  expires_at: string | null;
}

export interface ProductTable {
  merchant_id: string;
  id: string;
  sku: string;
  name: string;
  category: string;
  price: number | null;
  unit_cost: number | null;
  attributes: string;
  owner: 'own' | 'competitor';
  brand: string | null;
  platform: string | null;
}

export interface ReviewTable {
  merchant_id: string;
  id: string;
  platform: string;
  product_id: string | null;
  rating: number | null;
  text: string;
  language: 'zh' | 'en';
  reviewed_at: string;
  helpful_votes: number;
  author: string | null;
  /** 1 from import until the current model has extracted it (830_painpoint_counts); a partial index finds them. */
  extraction_pending: number;
}

export interface SocialPostTable {
  merchant_id: string;
  id: string;
  platform: string;
  author: string | null;
  text: string;
  likes: number;
  comments: number;
  shares: number;
  posted_at: string;
  url: string | null;
  /** 1 until the current pain-point model has read the post (951). */
  extraction_pending: number;
  /** The set of committed groups it complained about as last counted ('' none), and the model that read it. */
  complaints: string | null;
  extraction_version: string | null;
  /** 1 until the trend radar's counts hold the post (930_trend_counts). */
  trend_pending: number;
}

export interface BuyerTable {
  merchant_id: string;
  id: string;
  name: string | null;
  region: string | null;
  channel: string | null;
  first_seen_at: string | null;
}

export interface SalesOrderTable {
  merchant_id: string;
  id: string;
  buyer_id: string;
  ordered_at: string;
  region: string | null;
  channel: string | null;
  total_amount: number;
  /** Only 'paid' orders (and the paid part of 'partly_refunded' ones) are sales. */
  status: OrderStatus;
  /** Yuan given back to the buyer; 0 when nothing was refunded. */
  refund_amount: number;
  return_reason: string | null;
}


export interface OrderLineTable {
  merchant_id: string;
  order_id: string;
  line_no: number;
  product_id: string | null;
  sku: string | null;
  quantity: number;
  unit_price: number;
  amount: number;
}

export interface KeywordVolumeTable {
  merchant_id: string;
  keyword: string;
  platform: string;
  bucket: 'day' | 'week' | 'month';
  bucket_start: string;
  volume: number;
}

export interface AdCampaignTable {
  merchant_id: string;
  id: string;
  platform: string;
  name: string;
  status: 'draft' | 'active' | 'paused' | 'ended';
  daily_budget: number;
  keywords: string;
  started_at: string | null;
}

export interface MigrationTable {
  name: string;
  applied_at: string;
}

export interface FoundationTables {
  merchant: MerchantTable;
  account: AccountTable;
  access_token: AccessTokenTable;
  product: ProductTable;
  review: ReviewTable;
  social_post: SocialPostTable;
  buyer: BuyerTable;
  sales_order: SalesOrderTable;
  order_line: OrderLineTable;
  keyword_volume: KeywordVolumeTable;
  ad_campaign: AdCampaignTable;
  kaikuan_migration: MigrationTable;
}
