import type { OrderStatus } from '../domain/types.js';
import { problem } from '../messages/imports.js';
import { PLATFORM_EXPORTS } from './platform-exports/index.js';
import { asText, type Parsed } from './values.js';

/**
 * What an order's status text means for sales (see ORDER_STATUSES in src/domain/types.ts). Platform
 * exports bring their own words (platform-exports/*.ts); these are the ones ERP sheets and hand-kept
 * order lists use.
 */
const GENERAL_WORDS: Readonly<Record<string, OrderStatus>> = {
  已付款: 'paid', 已支付: 'paid', 待发货: 'paid', 已发货: 'paid', 已签收: 'paid', 已收货: 'paid', 交易成功: 'paid', 已完成: 'paid', 完成: 'paid',
  paid: 'paid', completed: 'paid', shipped: 'paid', delivered: 'paid', fulfilled: 'paid',
  未付款: 'unpaid', 待付款: 'unpaid', 待支付: 'unpaid', 等待付款: 'unpaid', unpaid: 'unpaid', pending: 'unpaid',
  已取消: 'cancelled', 取消: 'cancelled', 交易取消: 'cancelled', 已关闭: 'cancelled', 交易关闭: 'cancelled',
  cancelled: 'cancelled', canceled: 'cancelled', closed: 'cancelled', voided: 'cancelled',
  已退款: 'refunded', 退款成功: 'refunded', 全额退款: 'refunded', refunded: 'refunded',
  部分退款: 'partly_refunded', 'partially refunded': 'partly_refunded', partially_refunded: 'partly_refunded',
};

/** Status words compare without width, case or spaces: "卖家已发货，等待买家确认" and "卖家已发货,等待买家确认" are one. */
const wordKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const WORDS = new Map<string, OrderStatus>();
for (const [word, status] of Object.entries(GENERAL_WORDS)) WORDS.set(wordKey(word), status);
for (const platformExport of PLATFORM_EXPORTS) {
  for (const [word, status] of Object.entries(platformExport.statuses ?? {})) WORDS.set(wordKey(word), status);
}

/** Words a status nobody listed still gives away (a new platform wording of the same five outcomes). */
const HINTS: readonly [RegExp, OrderStatus][] = [
  [/部分退款/, 'partly_refunded'],
  [/退款成功|已退款|退款完成/, 'refunded'],
  [/待付款|未付款|待支付|等待.*付款/, 'unpaid'],
  [/取消|关闭/, 'cancelled'],
  [/成功|完成|已发货|待发货|已签收|已收货|已付款|已支付/, 'paid'],
];

/** An order status cell; an empty one is a paid order (most order sheets list only sales). */
export function parseOrderStatus(value: unknown): Parsed<OrderStatus | null> {
  const text = asText(value ?? '');
  if (text === '') return { ok: true, value: null };
  const key = wordKey(text);
  const known = WORDS.get(key) ?? HINTS.find(([pattern]) => pattern.test(key))?.[1];
  return known ? { ok: true, value: known } : { ok: false, reason: problem('unknownOrderStatus', { value: text }) };
}

/** 售后状态 says 退款成功 (or 已退款) once the money went back; anything else leaves the order status as it is. */
export function afterSaleRefunded(text: string | null): boolean {
  return text !== null && /退款成功|已退款|退款完成/.test(wordKey(text));
}

/** Cents: a refund within a cent of the order's money is all of it. */
const WHOLE_REFUND_TOLERANCE = 0.005;

/**
 * The order's status once its refund is known: a paid order with money given back is refunded
 * (all of it) or partly refunded; a closed order with a refund had been paid and was refunded.
 */
export function settleStatus(status: OrderStatus, amount: number, refund: number, afterSale: string | null): OrderStatus {
  if (refund <= 0) return afterSaleRefunded(afterSale) && status !== 'unpaid' ? 'refunded' : status;
  if (status === 'paid' || status === 'partly_refunded') return refund >= amount - WHOLE_REFUND_TOLERANCE ? 'refunded' : 'partly_refunded';
  if (status === 'cancelled') return 'refunded';
  return status;
}
