import { z } from 'zod';
import { timeOrderedKey } from '../dedupe.js';
import { cell, cells } from '../fields.js';
import { defineKind } from '../kind.js';
import { parseOrderStatus, settleStatus } from '../order-status.js';
import { canonicalPlatform } from '../platforms.js';
import { provinceOf } from '../regions.js';
import { parseNumber } from '../values.js';
import { BUYER_ID_HEADERS, CHANNEL_HEADERS, REGION_HEADERS } from './synonyms.js';

/**
 * Exports put an order's lines next to each other. Numbering lines per order needs a table per
 * order; keeping only the most recent orders bounds memory on files with millions of them.
 */
const RECENT_ORDERS = 10_000;

/**
 * Numbers an order's lines by what they hold (the sub-order id, else product, SKU and spec): a row
 * repeating a line gets that line's number, so it is reported as a duplicate (or, with other
 * figures, a conflict) instead of landing as one more line. Lines that name nothing are numbered by
 * their place among the order's rows.
 */
function lineNumbers(): (orderId: string, line: string) => number {
  const orders = new Map<string, Map<string, number>>();
  return (orderId, line) => {
    const lines = orders.get(orderId) ?? new Map<string, number>();
    orders.delete(orderId);
    orders.set(orderId, lines);
    if (orders.size > RECENT_ORDERS) orders.delete(orders.keys().next().value as string);
    const known = line === '' ? undefined : lines.get(line);
    if (known !== undefined) return known;
    const n = lines.size + 1;
    lines.set(line === '' ? `\u001f${n}` : line, n);
    return n;
  };
}

/** Refund columns are written as the platform likes, "-35.00" or "35.00": the refund is the size of it. */
const refund = cell<number>((value) => {
  if (value === null || value === undefined || String(value).trim() === '') return { ok: true, value: 0 };
  const n = parseNumber(value);
  return n.ok ? { ok: true, value: Math.abs(n.value) } : n;
});

const orderStatus = cell(parseOrderStatus);

/** An order line's cells as read; what each export calls them is the kind's fields below. */
const orderCells = z.object({
  id: cells.optionalId,
  lineNo: cells.optionalNumber,
  lineRef: cells.optionalId,
  buyerId: cells.optionalId,
  receiver: cells.optionalText,
  receiverPhone: cells.optionalText,
  orderedAt: cells.time,
  region: cells.optionalText,
  channel: cells.optionalText,
  productId: cells.optionalText,
  sku: cells.optionalText,
  spec: cells.optionalText,
  quantity: cells.optionalNumber,
  unitPrice: cells.optionalMoney,
  amount: cells.optionalMoney,
  status: orderStatus,
  afterSale: cells.optionalText,
  refundAmount: refund,
  returnReason: cells.optionalText,
});

/** A line counts something and says what it cost: a positive quantity, and its money or its unit price. */
const sensibleLine = (cells: typeof orderCells) => cells
  .refine((o) => o.quantity === null || o.quantity > 0, { message: 'quantityNotPositive', path: ['quantity'] })
  .refine((o) => o.amount !== null || o.unitPrice !== null, { message: 'needsAmountOrPrice', path: ['amount'] });

/**
 * Order lines, one per row (the way 订单报表 and ERP exports list them); rows sharing an order id
 * become one order. Without an order id, a buyer's purchases at one moment are one order. Platform
 * exports that name no buyer (拼多多, 抖店) give the masked receiver and phone, which stand in for one.
 */
export const orders = defineKind({
  kind: 'orders',
  fields: [
    { name: 'id', synonyms: ['订单编号', '订单号', '主订单编号', '订单ID', 'order id', 'order number', 'order no', 'order'] },
    { name: 'lineNo', synonyms: ['行号', '明细行号', '商品行号', 'line no', 'line number', 'line'] },
    { name: 'lineRef', synonyms: ['子订单编号', '子订单号', '明细编号', 'sub order id', 'line id'] },
    { name: 'buyerId', synonyms: BUYER_ID_HEADERS },
    { name: 'receiver', synonyms: ['收货人姓名', '收货人', '收件人', 'consignee', 'recipient'] },
    { name: 'receiverPhone', synonyms: ['联系手机', '收件人手机号', '收货人手机', '手机', '手机号', 'phone', 'mobile'] },
    {
      name: 'orderedAt',
      synonyms: ['下单时间', '订单创建时间', '创建时间', '付款时间', '成交时间', '订单日期', '日期', 'order date', 'order time', 'ordered at', 'created at', 'date', 'time'],
      required: true,
    },
    { name: 'region', synonyms: REGION_HEADERS },
    { name: 'channel', synonyms: [...CHANNEL_HEADERS, '平台', 'platform', 'source'] },
    { name: 'productId', synonyms: ['商品ID', '宝贝ID', '商品编号', '商品', '商品名称', '宝贝标题', '商品标题', 'product id', 'product', 'item'] },
    { name: 'sku', synonyms: ['SKU', 'SKU编码', '商家编码', '商品编码', '货号', 'sku id'] },
    { name: 'spec', synonyms: ['商品规格', '规格', '销售属性', '颜色分类', 'variant', 'variant title'] },
    { name: 'quantity', synonyms: ['数量', '购买数量', '商品数量', '件数', 'quantity', 'qty', 'units'] },
    { name: 'unitPrice', synonyms: ['单价', '商品单价', '成交单价', '价格', 'unit price', 'price'] },
    {
      name: 'amount',
      synonyms: ['实付金额', '买家实付金额', '小计', '成交金额', '商品金额', '金额', '总金额', '订单金额', 'amount', 'subtotal', 'total', 'sales', 'revenue', 'value'],
    },
    { name: 'status', synonyms: ['订单状态', '交易状态', 'order status', 'financial status'] },
    { name: 'afterSale', synonyms: ['售后状态', '退款状态', 'refund status'] },
    { name: 'refundAmount', synonyms: ['退款金额', '退款', '已退款金额', 'refund amount', 'refunded', 'refund'] },
    { name: 'returnReason', synonyms: ['退款原因', '退货原因', '售后原因', 'return reason', 'refund reason'] },
  ],
  row: sensibleLine(orderCells).refine((o) => o.buyerId !== null || o.receiver !== null, { message: 'needsBuyer', path: ['buyerId'] }),
  keyOf: (o) => `${o.id}\u001f${o.lines[0].lineNo}`,
  dates: ['orderedAt'],
  start: ({ merchantId, defaults }) => {
    const nextLine = lineNumbers();
    return ({ value: o }) => {
      const buyerId = o.buyerId ?? [o.receiver, o.receiverPhone].filter((part) => part !== null).join(' ');
      const id = o.id ?? timeOrderedKey(o.orderedAt, buyerId);
      const quantity = o.quantity ?? 1;
      const amount = o.amount ?? quantity * (o.unitPrice as number);
      const channel = o.channel ?? defaults.platform ?? null;
      const status = settleStatus(o.status ?? 'paid', amount, o.refundAmount, o.afterSale);
      const refunded = status === 'refunded' || status === 'partly_refunded';
      const line = o.lineRef ?? (o.productId === null && o.sku === null && o.spec === null ? '' : `${o.productId}\u001f${o.sku}\u001f${o.spec}`);
      return {
        merchantId,
        id,
        buyerId,
        orderedAt: o.orderedAt,
        region: provinceOf(o.region),
        channel: channel === null ? null : canonicalPlatform(channel),
        // One row carries one line; the store sums an order's lines into its total.
        totalAmount: amount,
        status,
        statusSaid: o.status !== null || o.afterSale !== null || o.refundAmount > 0,
        // A cancelled order's refund column repeats what was never paid; only a refund that happened is kept.
        refundAmount: refunded ? Math.min(o.refundAmount, amount) || amount : 0,
        // Closing reasons of unpaid orders (超时未付款) are not why a buyer sent goods back.
        returnReason: refunded ? o.returnReason : null,
        lines: [
          {
            // A row of a whole-order export (淘宝 订单报表) is the order's line 0, standing for all its goods until a
            // line export (宝贝报表) brings the real lines 1, 2, … (src/store/import-writers.ts swaps them).
            lineNo: o.lineNo ?? (defaults.wholeOrders ? 0 : nextLine(id, line)),
            productId: o.productId,
            sku: o.sku,
            quantity,
            unitPrice: o.unitPrice ?? amount / quantity,
            amount,
          },
        ],
      };
    };
  },
});

/**
 * Order lines whose order another export names with its buyer (淘宝 宝贝报表, lines of the 订单报表's orders):
 * a row needs no buyer. Lines of an order stored before join it; an order no export has named a buyer for
 * yet is stored with none ('') until one does, and counts for no buyer meanwhile.
 */
export const orderLines = defineKind({ ...orders, row: sensibleLine(orderCells) });
