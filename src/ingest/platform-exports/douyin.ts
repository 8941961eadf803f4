import type { PlatformExport } from './types.js';

/**
 * 抖店 商家后台 → 订单管理 → 批量导出, one row per sub-order (子订单): 主订单编号, 子订单编号, 选购商品,
 * 商品规格, 商品数量, 商品ID, 商家编码, 商品单价, 订单应付金额, 运费, 优惠总金额, 收件人, 收件人手机号,
 * 省, 市, 区, 街道, 详细地址, 订单提交时间, 支付完成时间, 订单完成时间, 订单状态, 售后状态, 取消原因,
 * 达人昵称, 流量来源 …. Like 拼多多 it names no buyer: the masked 收件人 with the masked phone stands in.
 *
 * Checked against public scripts that read this export (pandas sales reports for 抖店 found by code
 * search, several versions): they name 主订单编号, 选购商品, 商品ID, 货号, 商品数量, 商品金额 ("这是单价": the
 * unit price), 订单提交时间, 支付完成时间, 订单完成时间, 订单状态, 取消原因, 售后状态, 订单类型, and compute
 * the line's payable themselves (商品金额 × 商品数量). So the signature asks only for those columns, 商品金额
 * is read as the unit price, and 订单应付金额, when an export has it, is the line's money.
 * Reviews (评价管理 → 导出): typical columns, not verified against a public source: 商品ID, 商品名称,
 * 订单编号, 评价内容, 商品评分 (1-5), 物流评分, 服务评分, 评价时间, 用户昵称, 追评内容.
 */
export const douyinExports: readonly PlatformExport[] = [
  {
    platform: 'douyin',
    kind: 'orders',
    signature: ['主订单编号', '选购商品', '商品数量', '订单提交时间'],
    columns: {
      id: ['主订单编号'],
      lineRef: ['子订单编号'],
      buyerId: [],
      receiver: ['收件人'],
      receiverPhone: ['收件人手机号'],
      productId: ['商品ID', '选购商品'],
      spec: ['商品规格'],
      sku: ['商家编码', '货号'],
      quantity: ['商品数量'],
      unitPrice: ['商品金额', '商品单价'],
      // One sub-order's payable, after discounts: each row is one line of the order.
      amount: ['订单应付金额'],
      orderedAt: ['订单提交时间'],
      status: ['订单状态'],
      afterSale: ['售后状态'],
      region: ['省'],
      refundAmount: ['退款金额'],
      returnReason: ['售后原因', '取消原因'],
      channel: [],
    },
    statuses: {
      待支付: 'unpaid',
      备货中: 'paid',
      已支付: 'paid',
      部分发货: 'paid',
      已发货: 'paid',
      已完成: 'paid',
      // The buyer asked for money back and the shop has not decided: paid until the after-sale ends.
      售后中: 'paid',
      已关闭: 'cancelled',
    },
  },
  {
    platform: 'douyin',
    kind: 'reviews',
    signature: ['商品评分', '评价内容', '评价时间'],
    columns: {
      productId: ['商品ID', '商品名称'],
      text: ['评价内容'],
      // The goods' own score: 物流评分 and 服务评分 rate the courier and the shop, not what was made.
      rating: ['商品评分'],
      reviewedAt: ['评价时间'],
      author: ['用户昵称'],
    },
  },
];
