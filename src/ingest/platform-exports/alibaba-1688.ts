import type { PlatformExport } from './types.js';

/**
 * 1688 卖家工作台 → 已卖出的货品 → 批量导出订单, one row per order line: 订单编号, 买家公司名, 买家会员名,
 * 货品总价(元), 运费(元), 涨价或折扣(元), 实付款(元), 订单状态, 订单创建时间, 订单付款时间, 收货人姓名,
 * 收货地址, 联系手机, 货品标题, 单价(元), 数量, 单位, 货号, 型号, Offer ID, SKU ID, 退款金额(元) ….
 * 实付款 is the whole order's, repeated on each of its lines, so a line's money is 单价 × 数量.
 * Products: 商品管理 → 导出 (商品ID, 商品标题, 类目, 价格, 成本价, 商家编码, 单位, 库存).
 *
 * Checked against public code that writes or reads this export (code search): a 1688 order-export
 * userscript (ExcelJS, columns 订单编号, 买家公司名, 买家会员名, 卖家公司名, 卖家会员名, 货品总价(元), 运费,
 * 涨价或折扣(元), 实付款, 订单状态, 订单创建时间, 订单付款时间, 发货方, 收货人姓名, 收货地址, 邮编, 联系电话,
 * 联系手机, 货品标题, 单价, 数量, Offer ID …, order columns merged over the order's lines), pandas and
 * Java readers of the same file (货品种类, 单位, 单价(元), 关联编号, 收款方式), and an order1688 table whose
 * 订单状态 are 待付款/待发货/待收货/已收货/交易成功/已退换货/交易关闭. Bracketed units compare away, so
 * 实付款 and 实付款(元) are one header. The products export was not found in public code.
 * Reviews (评价管理 → 导出): typical columns, not verified: 订单编号, Offer ID, 货品标题, 评价内容, 评价时间,
 * 评价结果 (好评/中评/差评, as on 淘宝), 买家会员名.
 */
export const alibaba1688Exports: readonly PlatformExport[] = [
  {
    platform: '1688',
    kind: 'orders',
    signature: ['订单编号', '买家公司名', '货品标题', '实付款(元)'],
    columns: {
      id: ['订单编号'],
      buyerId: ['买家会员名', '买家公司名'],
      orderedAt: ['订单创建时间'],
      productId: ['Offer ID', '货品标题'],
      sku: ['单品货号', '货号'],
      spec: ['型号', 'SKU ID'],
      quantity: ['数量'],
      unitPrice: ['单价(元)'],
      amount: [],
      status: ['订单状态'],
      region: ['收货地址'],
      refundAmount: ['退款金额(元)', '退款金额'],
      returnReason: ['退款原因'],
      channel: [],
    },
    statuses: {
      等待买家付款: 'unpaid',
      待付款: 'unpaid',
      等待卖家发货: 'paid',
      待发货: 'paid',
      待收货: 'paid',
      等待买家确认收货: 'paid',
      已收货: 'paid',
      交易成功: 'paid',
      // A refund under way: the money is still paid until it ends (then the next export says 交易关闭).
      退款中: 'paid',
      交易取消: 'cancelled',
      交易关闭: 'cancelled',
    },
  },
  {
    platform: '1688',
    kind: 'reviews',
    signature: ['货品标题', '评价内容', '评价时间'],
    columns: {
      productId: ['Offer ID', '货品标题'],
      text: ['评价内容'],
      reviewedAt: ['评价时间'],
      // 好评/中评/差评, read as 5/3/1 stars.
      rating: ['评价结果', '评价等级'],
      author: ['买家会员名', '买家公司名'],
    },
  },
  {
    platform: '1688',
    kind: 'products',
    signature: ['商品ID', '商品标题', '成本价', '单位'],
    columns: {
      id: ['商品ID'],
      name: ['商品标题'],
      category: ['类目'],
      price: ['价格'],
      unitCost: ['成本价', '进价'],
      sku: ['商家编码'],
    },
  },
];
