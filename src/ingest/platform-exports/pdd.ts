import type { PlatformExport } from './types.js';

/**
 * 拼多多 商家后台 → 订单查询 → 批量导出, one row per order: 商品, 订单号, 订单状态, 商品总价(元),
 * 店铺优惠折扣(元), 平台优惠折扣(元), 邮费(元), 用户实付金额(元), 商家实收金额(元), 商品数量(件), 收货人,
 * 手机, 省, 市, 区, 街道, 拼单成功时间, 订单成交时间, 发货时间, 确认收货时间, 商品id, 商品规格, 样式ID,
 * 商家编码-SKU维度, 商家编码-商品维度, 商家备注, 售后状态, 快递单号, 快递公司. It names no buyer: the
 * buyer is the masked 收货人 with the masked 手机, the closest the export comes to one person.
 * Reviews: 评价管理 → 导出 (商品ID, 商品名称, 评价内容, 描述相符, 评价时间, 买家昵称).
 */
export const pddExports: readonly PlatformExport[] = [
  {
    platform: 'pdd',
    kind: 'orders',
    signature: ['订单号', '商家实收金额(元)', '商品数量(件)', '售后状态'],
    columns: {
      id: ['订单号'],
      buyerId: [],
      receiver: ['收货人'],
      receiverPhone: ['手机'],
      // The shop's money after platform discounts it is paid back for; 用户实付 leaves those out.
      amount: ['商家实收金额(元)'],
      quantity: ['商品数量(件)'],
      productId: ['商品id'],
      sku: ['商家编码-SKU维度', '商家编码-规格维度'],
      spec: ['商品规格'],
      orderedAt: ['订单成交时间', '拼单成功时间'],
      status: ['订单状态'],
      afterSale: ['售后状态'],
      region: ['省'],
      refundAmount: ['退款金额(元)', '退款金额'],
      returnReason: ['售后原因', '退款原因'],
      channel: [],
    },
    statuses: {
      待支付: 'unpaid',
      待发货: 'paid',
      '已发货，待签收': 'paid',
      已签收: 'paid',
      已收货: 'paid',
      已取消: 'cancelled',
      退款成功: 'refunded',
      '未发货，退款成功': 'refunded',
      '已发货，退款成功': 'refunded',
    },
  },
  {
    platform: 'pdd',
    kind: 'reviews',
    signature: ['评价内容', '描述相符', '评价时间'],
    columns: {
      productId: ['商品ID', '商品名称'],
      text: ['评价内容'],
      rating: ['描述相符'],
      reviewedAt: ['评价时间'],
      author: ['买家昵称'],
    },
  },
];
