import { z } from 'zod';
import { timeOrderedKey } from '../dedupe.js';
import { cells } from '../fields.js';
import { defineKind } from '../kind.js';
import { canonicalPlatform } from '../platforms.js';
import { BUYER_ID_HEADERS, CHANNEL_HEADERS, REGION_HEADERS } from './synonyms.js';

/**
 * Exports put an order's lines next to each other. Numbering lines per order needs a counter per
 * order; keeping only the most recent ones bounds memory on files with millions of orders.
 */
const RECENT_ORDERS = 10_000;

function lineNumbers(): (orderId: string) => number {
  const last = new Map<string, number>();
  return (orderId) => {
    const n = (last.get(orderId) ?? 0) + 1;
    last.delete(orderId);
    last.set(orderId, n);
    if (last.size > RECENT_ORDERS) last.delete(last.keys().next().value as string);
    return n;
  };
}

/**
 * Order lines, one per row (the way 订单报表 and ERP exports list them); rows sharing an order id
 * become one order. Without an order id, a buyer's purchases at one moment are one order.
 */
export const orders = defineKind({
  kind: 'orders',
  fields: [
    { name: 'id', synonyms: ['订单编号', '订单号', '主订单编号', '订单ID', 'order id', 'order number', 'order no', 'order'] },
    { name: 'lineNo', synonyms: ['行号', '明细行号', '商品行号', 'line no', 'line number', 'line'] },
    { name: 'buyerId', synonyms: BUYER_ID_HEADERS, required: true },
    {
      name: 'orderedAt',
      synonyms: ['下单时间', '订单创建时间', '创建时间', '付款时间', '成交时间', '订单日期', '日期', 'order date', 'order time', 'ordered at', 'created at', 'date', 'time'],
      required: true,
    },
    { name: 'region', synonyms: REGION_HEADERS },
    { name: 'channel', synonyms: [...CHANNEL_HEADERS, '平台', 'platform', 'source'] },
    { name: 'productId', synonyms: ['商品ID', '宝贝ID', '商品编号', '商品', '商品名称', '宝贝标题', '商品标题', 'product id', 'product', 'item'] },
    { name: 'sku', synonyms: ['SKU', 'SKU编码', '商家编码', '商品编码', '货号', 'sku id'] },
    { name: 'quantity', synonyms: ['数量', '购买数量', '商品数量', '件数', 'quantity', 'qty', 'units'] },
    { name: 'unitPrice', synonyms: ['单价', '商品单价', '成交单价', '价格', 'unit price', 'price'] },
    {
      name: 'amount',
      synonyms: ['实付金额', '买家实付金额', '小计', '成交金额', '商品金额', '金额', '总金额', '订单金额', 'amount', 'subtotal', 'total', 'sales', 'revenue', 'value'],
    },
  ],
  row: z
    .object({
      id: cells.optionalId,
      lineNo: cells.optionalNumber,
      buyerId: cells.id,
      orderedAt: cells.time,
      region: cells.optionalText,
      channel: cells.optionalText,
      productId: cells.optionalText,
      sku: cells.optionalText,
      quantity: cells.optionalNumber,
      unitPrice: cells.optionalMoney,
      amount: cells.optionalMoney,
    })
    .refine((o) => o.quantity === null || o.quantity > 0, { message: 'quantityNotPositive', path: ['quantity'] })
    .refine((o) => o.amount !== null || o.unitPrice !== null, { message: 'needsAmountOrPrice', path: ['amount'] }),
  keyOf: (o) => `${o.id}\u001f${o.lines[0].lineNo}`,
  dates: ['orderedAt'],
  start: ({ merchantId, defaults }) => {
    const nextLine = lineNumbers();
    return ({ value: o }) => {
      const id = o.id ?? timeOrderedKey(o.orderedAt, o.buyerId);
      const quantity = o.quantity ?? 1;
      const amount = o.amount ?? quantity * (o.unitPrice as number);
      const channel = o.channel ?? defaults.platform ?? null;
      return {
        merchantId,
        id,
        buyerId: o.buyerId,
        orderedAt: o.orderedAt,
        region: o.region,
        channel: channel === null ? null : canonicalPlatform(channel),
        // One row carries one line; the store sums an order's lines into its total.
        totalAmount: amount,
        lines: [
          {
            lineNo: o.lineNo ?? nextLine(id),
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
