import type { PlatformExport } from './types.js';

/**
 * 京东 商家后台 (POP). Orders: 订单管理 → 订单查询 → 导出, one row per order and product: 订单号, 商品ID,
 * 商品名称, 订购数量, 支付方式, 下单时间, 京东价, 订单金额, 结算金额, 应付金额, 订单状态, 订单类型,
 * 下单帐号, 客户姓名, 客户地址, 联系电话, 货号, 运费金额, 付款确认时间, 订单完成时间 ….
 * Reviews: 评价管理 → 商品评价 → 导出 (商品编号, 商品名称, 评价内容, 评价星级, 评价时间, 用户昵称).
 * Not verified: code search found no public reader of the 京东 POP seller exports, only buyer-side pages
 * and purchase importers naming 商品编号, 京东价, 商品数量 and 商家编码; those are read as the product,
 * price, quantity and SKU too.
 */
export const jdExports: readonly PlatformExport[] = [
  {
    platform: 'jd',
    kind: 'orders',
    signature: ['订单号', '订购数量', '应付金额', '下单帐号'],
    columns: {
      id: ['订单号'],
      buyerId: ['下单帐号'],
      orderedAt: ['下单时间'],
      productId: ['商品ID', '商品编号'],
      sku: ['货号', '商家编码'],
      quantity: ['订购数量', '商品数量'],
      unitPrice: ['京东价'],
      // What the buyer pays for this line after discounts; 订单金额 is before them, 结算金额 after JD's fees.
      amount: ['应付金额'],
      status: ['订单状态'],
      region: ['客户地址'],
      refundAmount: ['退款金额'],
      returnReason: ['退款原因', '取消原因'],
      channel: [],
    },
    statuses: {
      等待付款: 'unpaid',
      等待出库: 'paid',
      等待确认收货: 'paid',
      完成: 'paid',
      已完成: 'paid',
      // A paid order held while a cancellation or a risk check is decided: the money is still the shop's.
      锁定: 'paid',
      暂停: 'paid',
      已取消: 'cancelled',
      删除: 'cancelled',
    },
  },
  {
    platform: 'jd',
    kind: 'reviews',
    signature: ['商品编号', '评价内容', '评价星级'],
    columns: {
      productId: ['商品编号'],
      text: ['评价内容'],
      rating: ['评价星级'],
      reviewedAt: ['评价时间'],
      author: ['用户昵称'],
    },
  },
];
