import type { PlatformExport } from './types.js';

/**
 * 淘宝/天猫 卖家中心. Orders: 已卖出的宝贝 → 批量导出 → 订单报表 (ExportOrderList*.csv, GBK), one row
 * per order: 订单编号, 买家会员名, 买家支付宝账号, 买家应付货款, 买家应付邮费, 总金额, 买家实际支付金额,
 * 订单状态, 买家留言, 收货人姓名, 收货地址, 联系手机, 订单创建时间, 订单付款时间, 宝贝标题, 宝贝种类,
 * 物流单号, 宝贝总数量, 店铺名称, 订单关闭原因, 退款金额 … (the column set ERP importers such as
 * c2003070110/TBTool read). Order lines: the same download's 宝贝报表 (ExportOrderDetailList*.csv), one row
 * per item: 子订单编号, 主订单编号, 标题, 价格, 购买数量, 外部系统编号, 商品属性, 套餐信息, 联系方式备注, 订单状态,
 * 商家编码, 支付单号, 买家应付货款, 买家实际支付金额, 退款状态, 退款金额, 订单创建时间, 订单付款时间 ….
 * Reviews: 评价管理 → 导出评价. Products: 出售中的宝贝 → 导出.
 *
 * The 订单报表 was checked against public code that reads it (code search): pandas, Java, PHP and
 * node-xlsx readers list 订单编号, 买家会员名, 买家支付宝账号, 支付单号, 支付详情, 买家应付货款, 买家应付邮费,
 * 总金额, 买家实际支付金额, 订单状态, 买家留言, 收货人姓名, 收货地址, 联系手机, 订单创建时间, 订单付款时间,
 * 宝贝标题, 宝贝种类, 物流单号, 订单备注, 宝贝总数量, 店铺Id, 店铺名称, 订单关闭原因 … 天猫卡券抵扣, 集分宝抵扣
 * … 退款金额, 确认收货时间, 打款商家金额 … 主订单编号 (newer files add columns at the end; some headers
 * end in a space, which compares away). The 宝贝报表 likewise: older readers (ShopEx's taobaoordercsv, a Qt
 * merger of both files, Java and PHP importers) list 订单编号, 标题, 价格, 购买数量, 外部系统编号, 商品属性,
 * 套餐信息, 备注, 订单状态, 商家编码; newer ones (a Vue stock tool's 天猫 headers, a MySQL py_baby table)
 * the columns above. The older file has no 订单创建时间 and is refused naming that column. The review
 * export was not found in public code.
 *
 * 天猫 (Tmall) shops download the same 订单报表 from the same 卖家中心: the column 天猫卡券抵扣 is in every
 * version, 淘宝 shops' included, and no header tells the two apart. So this map covers Tmall too, and a
 * Tmall shop's rows are filed as 天猫 only when the merchant says so (`--platform 天猫`, or 平台 on the
 * import page).
 */
/** 订单状态 as both order exports write it. */
const TAOBAO_STATUSES = {
  交易成功: 'paid',
  '卖家已发货，等待买家确认': 'paid',
  '买家已付款，等待卖家发货': 'paid',
  '卖家部分发货': 'paid',
  等待买家付款: 'unpaid',
  交易关闭: 'cancelled',
  '交易关闭(退款)': 'refunded',
} as const;

export const taobaoExports: readonly PlatformExport[] = [
  {
    platform: 'taobao',
    kind: 'orders',
    // 宝贝标题 names every item of the order in one cell: the row is the order, until its 宝贝报表 lines come.
    rows: 'whole orders',
    signature: ['订单编号', '买家会员名', '买家实际支付金额', '订单状态'],
    columns: {
      id: ['订单编号'],
      buyerId: ['买家会员名'],
      // What the buyer paid after discounts, with postage; 总金额 is the price before them.
      amount: ['买家实际支付金额'],
      status: ['订单状态'],
      // 订单付款时间 is empty for unpaid orders; the order exists from its creation.
      orderedAt: ['订单创建时间'],
      productId: ['宝贝标题'],
      quantity: ['宝贝总数量'],
      region: ['收货地址'],
      refundAmount: ['退款金额'],
      returnReason: ['订单关闭原因'],
      // 店铺名称 is the shop, not the place it sells on: the channel is the platform.
      channel: [],
    },
    statuses: TAOBAO_STATUSES,
  },
  {
    platform: 'taobao',
    kind: 'orders',
    // One row per item bought, naming no buyer: the lines of the 订单报表's orders, which name the buyer.
    rows: 'lines of orders',
    signature: ['标题', '价格', '购买数量', '外部系统编号', '商品属性', '套餐信息'],
    columns: {
      id: ['主订单编号', '订单编号'],
      lineRef: ['子订单编号'],
      buyerId: [],
      receiver: [],
      receiverPhone: [],
      orderedAt: ['订单创建时间'],
      productId: ['标题'],
      sku: ['商家编码'],
      spec: ['商品属性'],
      quantity: ['购买数量'],
      unitPrice: ['价格'],
      // This line's share of what the buyer paid; 买家应付货款 is before discounts.
      amount: ['买家实际支付金额', '买家实付金额'],
      status: ['订单状态'],
      afterSale: ['退款状态'],
      refundAmount: ['退款金额'],
      region: [],
      channel: [],
      returnReason: [],
    },
    statuses: TAOBAO_STATUSES,
  },
  {
    platform: 'taobao',
    kind: 'reviews',
    signature: ['评价内容', '评价时间', '宝贝标题'],
    columns: {
      id: ['评价ID'],
      text: ['初评内容', '评价内容'],
      reviewedAt: ['初评时间', '评价时间'],
      productId: ['宝贝ID', '宝贝标题'],
      // 好评/中评/差评, read as 5/3/1 stars.
      rating: ['评价结果', '评价等级'],
      author: ['买家昵称', '评价人'],
    },
  },
  {
    platform: 'taobao',
    kind: 'products',
    signature: ['宝贝名称', '宝贝类目', '宝贝价格'],
    columns: {
      id: ['宝贝ID', '数字ID'],
      name: ['宝贝名称'],
      category: ['宝贝类目'],
      price: ['宝贝价格'],
      sku: ['商家编码'],
    },
  },
];
