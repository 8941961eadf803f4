import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { renderError } from '../messages/render.js';
import { listOrderTotals } from '../store/customers.js';
import { listMarketSales } from '../store/markets.js';
import { listOrders } from '../store/merchant-data.js';
import { listOwnSalesLines } from '../store/selection.js';
import { storesUnderTest } from '../store/testing.js';
import { useFreshStore, type TestStore } from '../store/test-hooks.js';
import { importFile, type ImportFileOptions } from './imports.js';

/** Platform exports as merchants download them (src/ingest/platform-exports/*.ts), one small fixture each. */
const fixture = (name: string) => fileURLToPath(new URL(`../ingest/fixtures/platforms/${name}`, import.meta.url));

const SHOPS = ['tb', 'tbl', 'tbr', 'jd', 'pdd', 'dy', 'al', 'later', 'kind'].map((id) => ({ id, name: `${id} 厂` }));

async function storedOrders(store: TestStore, merchant: string) {
  const rows = await store.db.selectFrom('sales_order').selectAll().where('merchant_id', '=', merchant).orderBy('id').execute();
  return Object.fromEntries(rows.map((o) => [o.id, o]));
}

async function storedLines(store: TestStore, merchant: string) {
  return store.db.selectFrom('order_line').selectAll().where('merchant_id', '=', merchant).orderBy('order_id').orderBy('line_no').execute();
}

describe.each(storesUnderTest())('platform exports on $name', (under) => {
  const store = useFreshStore(under, { merchants: SHOPS });
  const run = (merchant: string, kind: ImportFileOptions['kind'], name: string) => importFile(store, merchant, { kind, path: fixture(name) });

  it('reads a Taobao ExportOrderList (GBK, one row per order) with its statuses, refunds and a repeated row', async () => {
    const result = await run('tb', 'orders', 'taobao-orders.csv');
    expect(result).toMatchObject({ rowsRead: 10, landed: 9, duplicates: 1, conflicts: 0, rejected: 0 });
    expect(result.orderStatuses).toEqual({ unpaid: 2, cancelled: 1, refunded: 1, partlyRefunded: 1, partlyRefundedYuan: 40 });
    expect(result.orderStatusNote).toBe('2 笔未付款、1 笔已取消、1 笔已全额退款的订单不计入销售；1 笔部分退款的订单只计实收减去退款（共退 40 元）');
    const orders = await storedOrders(store, 'tb');
    const statuses = Object.fromEntries(Object.entries(orders).map(([id, o]) => [id.slice(-2), o.status]));
    expect(statuses).toEqual({
      '01': 'paid', '02': 'paid', '03': 'paid', '04': 'paid', '05': 'unpaid', '06': 'unpaid', '07': 'cancelled', '08': 'refunded', '09': 'partly_refunded',
    });
    expect(orders['3721004455660001']).toMatchObject({
      buyer_id: 'tb_lily2020', ordered_at: '2026-10-03T02:12:05.000Z', region: '浙江', channel: 'taobao', total_amount: 99, refund_amount: 0, return_reason: null,
    });
    expect(orders['3721004455660008']).toMatchObject({ refund_amount: 199, return_reason: '轮子松动，退货退款' });
    // "-40.00" in the refund column is 40 yuan given back; a closed, never-paid order keeps no reason.
    expect(orders['3721004455660009']).toMatchObject({ total_amount: 258, refund_amount: 40, return_reason: '少发一个挂袋，部分退款' });
    expect(orders['3721004455660007']).toMatchObject({ refund_amount: 0, return_reason: null });
    expect((await storedLines(store, 'tb')).find((l) => l.order_id === '3721004455660002')).toMatchObject({ quantity: 2, amount: 158, unit_price: 79 });
  });

  it('counts only paid and partly refunded Taobao orders as sales, and a partly refunded one without its refund', async () => {
    const totals = await listOrderTotals(store, 'tb');
    expect(totals.map((o) => o.id.slice(-2)).sort()).toEqual(['01', '02', '03', '04', '09']);
    expect(Number(totals.find((o) => o.id.endsWith('09'))!.total_amount)).toBe(218);
    expect(await listMarketSales(store, 'tb')).toHaveLength(5);
    expect((await listOrders(store, 'tb')).map((o) => o.status).sort()).toEqual(['paid', 'paid', 'paid', 'paid', 'partly_refunded']);
  });

  it('reads a Taobao 宝贝报表 (ExportOrderDetailList, GBK) as the lines of the 订单报表’s orders: they replace its one line per order', async () => {
    await run('tbl', 'orders', 'taobao-orders.csv');
    const before = await storedLines(store, 'tbl');
    expect(before.filter((l) => l.order_id === '3721004455660009').map((l) => [l.line_no, l.amount])).toEqual([[0, 258]]);
    const result = await run('tbl', 'orders', 'taobao-order-lines.csv');
    expect(result).toMatchObject({ rowsRead: 5, landed: 4, duplicates: 1, conflicts: 0, rejected: 0 });
    const lines = await storedLines(store, 'tbl');
    expect(lines.filter((l) => ['3721004455660009', '3721004455660002'].includes(l.order_id)).map((l) => [l.order_id.slice(-2), l.line_no, l.product_id, l.sku, l.quantity, l.unit_price, l.amount])).toEqual([
      ['02', 1, '透明收纳箱 加厚 三件套', 'SNX-3', 2, 79, 158],
      ['09', 1, '户外折叠露营车 四轮大容量', 'LYC-4L', 1, 229, 218],
      ['09', 2, '露营车挂袋', 'LYC-BAG', 1, 40, 40],
    ]);
    // Orders the 宝贝报表 does not list keep their one line.
    expect(lines.filter((l) => l.order_id === '3721004455660001').map((l) => l.line_no)).toEqual([0]);
    const orders = await storedOrders(store, 'tbl');
    // The buyer, time and closing reason stay the 订单报表’s; the lines say which item was refunded.
    expect(orders['3721004455660009']).toMatchObject({
      buyer_id: '小鱼儿爱买买', ordered_at: '2026-10-20T12:05:33.000Z', total_amount: 258, status: 'partly_refunded', refund_amount: 40, return_reason: '少发一个挂袋，部分退款',
    });
    // An order the 订单报表 has not named yet is stored without a buyer and counts for nobody.
    expect(orders['3721004455660010']).toMatchObject({ buyer_id: '', total_amount: 39.9, status: 'paid', channel: 'taobao' });
    expect((await listOrderTotals(store, 'tbl')).map((o) => o.id)).not.toContain('3721004455660010');
    const buyers = await store.db.selectFrom('buyer').select('id').where('merchant_id', '=', 'tbl').execute();
    expect(buyers.map((b) => b.id)).not.toContain('');
  });

  it('takes the two Taobao files in either order: a 订单报表 after its 宝贝报表 names the buyers and adds no second line', async () => {
    await run('tbr', 'orders', 'taobao-order-lines.csv');
    expect((await storedOrders(store, 'tbr'))['3721004455660009'].buyer_id).toBe('');
    const result = await run('tbr', 'orders', 'taobao-orders.csv');
    expect(result).toMatchObject({ rowsRead: 10, rejected: 0 });
    const orders = await storedOrders(store, 'tbr');
    expect(orders['3721004455660009']).toMatchObject({ buyer_id: '小鱼儿爱买买', total_amount: 258, region: '江苏', refund_amount: 40 });
    const lines = await storedLines(store, 'tbr');
    expect(lines.filter((l) => l.order_id === '3721004455660009').map((l) => l.line_no)).toEqual([1, 2]);
    expect(lines.filter((l) => l.order_id === '3721004455660001').map((l) => l.line_no)).toEqual([0]);
    const tbl = await storedOrders(store, 'tbl');
    for (const id of Object.keys(orders).filter((id) => id !== '3721004455660010')) {
      expect(orders[id], id).toMatchObject({ buyer_id: tbl[id].buyer_id, total_amount: tbl[id].total_amount, status: tbl[id].status });
    }
  });

  it('says an older 宝贝报表 without 订单创建时间 misses that column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaikuan-detail-'));
    const path = join(dir, 'ExportOrderDetailList201903121048.csv');
    writeFileSync(path, iconv.encode('订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码\r\n="3721004455660002",透明收纳箱,79.00,2,,,,,交易成功,SNX-3\r\n', 'gbk'));
    const error = await importFile(store, 'tbl', { kind: 'orders', path }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(renderError('zh-CN', error as AppError)).toContain('下单时间');
  });

  it('reads a JD order export (XLSX, a row per product) as orders with lines; a repeated line is a duplicate, a changed one a conflict', async () => {
    const result = await run('jd', 'orders', 'jd-orders.xlsx');
    expect(result).toMatchObject({ rowsRead: 8, landed: 6, duplicates: 1, conflicts: 1, rejected: 0 });
    expect(result.rejects).toEqual([{ row: 9, field: '订单号', value: '290001112236', reason: '编号与第 6 行相同，但内容不同' }]);
    expect(result.orderStatuses).toMatchObject({ unpaid: 1, cancelled: 1, refunded: 0, partlyRefunded: 0 });
    const orders = await storedOrders(store, 'jd');
    expect(Object.keys(orders)).toHaveLength(5);
    expect(orders['290001112233']).toMatchObject({ buyer_id: 'jd_wang88', total_amount: 168.8, status: 'paid', region: '北京', channel: 'jd' });
    expect(orders['290001112236']).toMatchObject({ status: 'paid', total_amount: 170 });
    expect(orders['290001112235'].status).toBe('cancelled');
    expect(orders['290001112237'].status).toBe('unpaid');
    const lines = (await storedLines(store, 'jd')).filter((l) => l.order_id === '290001112233');
    expect(lines.map((l) => [l.line_no, l.product_id, l.sku, l.quantity, l.unit_price, l.amount])).toEqual([
      [1, '100012345601', 'LYC-4L', 1, 139, 129],
      [2, '100012345602', 'LYC-BAG', 2, 19.9, 39.8],
    ]);
  });

  it('reads a Pinduoduo export (GBK, no buyer column) with the receiver as buyer and 售后状态 refunds', async () => {
    const result = await run('pdd', 'orders', 'pdd-orders.csv');
    expect(result).toMatchObject({ rowsRead: 7, landed: 7, duplicates: 0, rejected: 0 });
    expect(result.orderStatuses).toMatchObject({ unpaid: 0, cancelled: 1, refunded: 2, partlyRefunded: 0 });
    expect(result.orderStatusNote).toBe('1 笔已取消、2 笔已全额退款的订单不计入销售');
    const orders = await storedOrders(store, 'pdd');
    expect(orders['261101-338812001']).toMatchObject({ buyer_id: '陈** 158****1201', total_amount: 42.8, status: 'paid', region: '河南', channel: 'pdd' });
    expect(orders['261105-338812003'].buyer_id).toBe('陈** 158****1201');
    expect(orders['261108-338812005']).toMatchObject({ status: 'refunded', refund_amount: 28.4 });
    expect(orders['261110-338812006']).toMatchObject({ status: 'refunded', refund_amount: 22.9 });
    expect(orders['261106-338812004']).toMatchObject({ status: 'cancelled', refund_amount: 0 });
    const line = (await storedLines(store, 'pdd')).find((l) => l.order_id === '261101-338812001');
    expect(line).toMatchObject({ product_id: '754299529443', sku: 'SNX-L', quantity: 2, amount: 42.8 });
    // Seven orders of five people: 陈** and 刘** each ordered twice.
    const buyers = await store.db.selectFrom('buyer').select('id').where('merchant_id', '=', 'pdd').execute();
    expect(buyers).toHaveLength(5);
  });

  it('reads a Douyin 抖店 export (XLSX, a row per sub-order): sub-orders are lines, a repeated sub-order a duplicate', async () => {
    const result = await run('dy', 'orders', 'douyin-orders.xlsx');
    expect(result).toMatchObject({ rowsRead: 7, landed: 6, duplicates: 1, conflicts: 0, rejected: 0 });
    expect(result.orderStatuses).toMatchObject({ unpaid: 1, cancelled: 1, refunded: 1, partlyRefunded: 0 });
    const orders = await storedOrders(store, 'dy');
    expect(Object.keys(orders)).toHaveLength(5);
    expect(orders['6930112200001']).toMatchObject({ total_amount: 158.9, status: 'paid', region: '福建', channel: 'douyin' });
    expect(orders['6930112200004']).toMatchObject({ status: 'refunded', refund_amount: 35.8 });
    // 售后中: the buyer asked for money back; until the shop agrees it is still a sale.
    expect(orders['6930112200005'].status).toBe('paid');
    const lines = (await storedLines(store, 'dy')).filter((l) => l.order_id === '6930112200001');
    expect(lines.map((l) => [l.line_no, l.sku, l.amount])).toEqual([[1, 'LYC-G', 139], [2, 'LYC-BAG', 19.9]]);
  });

  it('reads a 1688 order export (GBK, a row per line) with line money from 单价 × 数量', async () => {
    const result = await run('al', 'orders', '1688-orders.csv');
    expect(result).toMatchObject({ rowsRead: 6, landed: 6, duplicates: 0, rejected: 0 });
    expect(result.orderStatusNote).toBe('1 笔未付款、1 笔已取消的订单不计入销售；1 笔部分退款的订单只计实收减去退款（共退 128 元）');
    const orders = await storedOrders(store, 'al');
    expect(orders['3301998877001']).toMatchObject({ buyer_id: 'hzhaojiaju', total_amount: 1360, status: 'paid', region: '浙江', channel: '1688' });
    expect(orders['3301998877004'].status).toBe('paid');
    expect(orders['3301998877005']).toMatchObject({ status: 'partly_refunded', refund_amount: 128 });
    const lines = (await storedLines(store, 'al')).filter((l) => l.order_id === '3301998877001');
    expect(lines.map((l) => [l.sku, l.quantity, l.unit_price, l.amount])).toEqual([['SNX-L', 50, 12.8, 640], ['SNX-M', 75, 9.6, 720]]);
  });

  it('reads a 1688 product export (XLSX) with unit cost, and leaves a missing cost unknown', async () => {
    const result = await run('al', 'products', '1688-products.xlsx');
    expect(result).toMatchObject({ rowsRead: 4, landed: 4, rejected: 0 });
    const products = await store.db.selectFrom('product').selectAll().where('merchant_id', '=', 'al').orderBy('id').execute();
    expect(products.map((p) => [p.id, p.sku, p.price, p.unit_cost, p.category, p.platform])).toEqual([
      ['680011223301', 'SNX-L', 12.8, 7.9, '家居日用 > 收纳整理', '1688'],
      ['680011223302', 'YG-G3', 4.8, 2.6, '家居日用 > 收纳整理', '1688'],
      ['680011223303', 'LYC-4L', 118, 76.5, '户外 > 露营装备', '1688'],
      ['680011223304', 'LYC-BAG', 9.5, null, '户外 > 露营装备', '1688'],
    ]);
    expect(JSON.parse(products[0].attributes)).toMatchObject({ 材质: 'PP', 单位: '个' });
    // With the catalogue in, selection sees the sales of own products: not the unpaid order nor the cancelled one.
    const sales = await listOwnSalesLines(store, 'al');
    expect(sales.map((l) => [l.productId, l.units]).sort()).toEqual([['680011223301', 100], ['680011223301', 50], ['680011223301', 75], ['680011223302', 100]]);
  });

  it('reads a Taobao product export (GBK) and a Pinduoduo review export (GBK, 描述相符 as the rating)', async () => {
    expect(await run('tb', 'products', 'taobao-products.csv')).toMatchObject({ rowsRead: 3, landed: 3, rejected: 0 });
    const products = await store.db.selectFrom('product').selectAll().where('merchant_id', '=', 'tb').orderBy('id').execute();
    expect(products.map((p) => [p.id, p.name, p.sku, p.price, p.unit_cost, p.platform])).toEqual([
      ['665500112233', '户外折叠露营车 四轮大容量', 'LYC-4L', 129, 76.5, 'taobao'],
      ['665500112234', '透明收纳箱 加厚 三件套', 'SNX-3', 79, null, 'taobao'],
      ['665500112235', '衣柜收纳盒 可折叠', 'YG-1', 39.9, 18, 'taobao'],
    ]);
    expect(products[2].category).toBe('收纳整理 > 收纳盒');
    expect(await run('pdd', 'reviews', 'pdd-reviews.csv')).toMatchObject({ rowsRead: 3, landed: 3, rejected: 0 });
    const reviews = await store.db.selectFrom('review').select(['product_id', 'rating', 'platform']).where('merchant_id', '=', 'pdd').orderBy('reviewed_at').execute();
    expect(reviews).toEqual([
      { product_id: '754299529443', rating: 5, platform: 'pdd' },
      { product_id: '754299529443', rating: 2, platform: 'pdd' },
      { product_id: '754299530001', rating: 3, platform: 'pdd' },
    ]);
  });

  it('lets a later export say what became of an order: unpaid then paid, paid then refunded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaikuan-exports-'));
    const head = '订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,宝贝标题,宝贝总数量,退款金额';
    const write = (name: string, rows: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, iconv.encode([head, ...rows].join('\r\n'), 'gbk'));
      return path;
    };
    const first = write('ExportOrderList-1.csv', ['5001,tb_a,99.00,等待买家付款,2026-11-01 10:00:00,收纳箱,1,0', '5002,tb_b,59.00,交易成功,2026-11-01 11:00:00,收纳盒,1,0']);
    const later = write('ExportOrderList-2.csv', ['5001,tb_a,99.00,交易成功,2026-11-01 10:00:00,收纳箱,1,0', '5002,tb_b,59.00,交易关闭,2026-11-01 11:00:00,收纳盒,1,59.00']);
    expect(await importFile(store, 'later', { kind: 'orders', path: first })).toMatchObject({ landed: 2, orderStatuses: { unpaid: 1 } });
    expect((await listOrderTotals(store, 'later')).map((o) => o.id)).toEqual(['5002']);
    // Read on a second thread (as big files are), the later file counts and updates the same way.
    expect(await importFile(store, 'later', { kind: 'orders', path: later, parallel: true })).toMatchObject({ landed: 0, duplicates: 2, orderStatuses: { unpaid: 0, refunded: 1 } });
    const orders = await storedOrders(store, 'later');
    expect([orders['5001'].status, orders['5002'].status, orders['5002'].refund_amount]).toEqual(['paid', 'refunded', 59]);
    expect((await listOrderTotals(store, 'later')).map((o) => o.id)).toEqual(['5001']);
    // An ERP sheet that says nothing of statuses does not turn the refunded order back into a sale.
    const plain = join(dir, 'erp.csv');
    writeFileSync(plain, '订单号,买家ID,下单时间,商品,金额\r\n5002,tb_b,2026-11-01 11:00:00,收纳盒,59\r\n');
    expect(await importFile(store, 'later', { kind: 'orders', path: plain })).toMatchObject({ rowsRead: 1, rejected: 0 });
    expect((await storedOrders(store, 'later'))['5002']).toMatchObject({ status: 'refunded', refund_amount: 59 });
  });

  it('reads Taobao and JD review exports (GBK), 好评/中评/差评 and 星 as ratings', async () => {
    const taobao = await run('tb', 'reviews', 'taobao-reviews.csv');
    expect(taobao).toMatchObject({ rowsRead: 5, landed: 5, rejected: 0 });
    const jd = await run('jd', 'reviews', 'jd-reviews.csv');
    expect(jd).toMatchObject({ rowsRead: 4, landed: 4, rejected: 0 });
    const reviews = await store.db.selectFrom('review').select(['merchant_id', 'platform', 'product_id', 'rating', 'author', 'reviewed_at'])
      .where('merchant_id', 'in', ['tb', 'jd']).orderBy('reviewed_at').execute();
    expect(reviews.filter((r) => r.merchant_id === 'tb').map((r) => r.rating)).toEqual([5, 3, 1, 5, 5]);
    expect(reviews.find((r) => r.merchant_id === 'tb')).toMatchObject({ platform: 'taobao', product_id: '户外折叠露营车 四轮大容量', author: 't**y', reviewed_at: '2026-10-06T01:00:12.000Z' });
    expect(reviews.filter((r) => r.merchant_id === 'jd').map((r) => [r.product_id, r.rating])).toEqual([
      ['100012345601', 5], ['100012345602', 2], ['100012345601', 4], ['100012345603', 3],
    ]);
  });

  it('reads 抖店 and 1688 review exports (GBK): 商品评分 as the rating, 好评/中评/差评 on 1688', async () => {
    expect(await run('dy', 'reviews', 'douyin-reviews.csv')).toMatchObject({ rowsRead: 3, landed: 3, rejected: 0 });
    expect(await run('al', 'reviews', '1688-reviews.csv')).toMatchObject({ rowsRead: 3, landed: 3, rejected: 0 });
    const reviews = await store.db.selectFrom('review').select(['merchant_id', 'platform', 'product_id', 'rating', 'author'])
      .where('merchant_id', 'in', ['dy', 'al']).orderBy('merchant_id').orderBy('reviewed_at').execute();
    expect(reviews.map((r) => [r.merchant_id, r.platform, r.product_id, r.rating, r.author])).toEqual([
      ['al', '1688', '680011223301', 5, 'hzhaojiaju'],
      ['al', '1688', '680011223302', 3, 'szliangpin'],
      ['al', '1688', '680011223301', 1, 'gzbaihuo'],
      ['dy', 'douyin', '3601122001', 5, '露营**人'],
      ['dy', 'douyin', '3601122002', 3, '露营**人'],
      ['dy', 'douyin', '3601122001', 2, '小**鱼'],
    ]);
  });

  describe('a file sent as the wrong kind', () => {
    const refusal = async (kind: ImportFileOptions['kind'], name: string, path = fixture(name)) => {
      const error = await importFile(store, 'kind', { kind, path }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      return { key: appError.key, kind: appError.params.kind, zh: renderError('zh-CN', appError), en: renderError('en', appError) };
    };

    it('says an order export sent as reviews is orders, and stores nothing', async () => {
      expect(await refusal('reviews', 'taobao-orders.csv')).toEqual({
        key: 'wrong_kind', kind: 'orders', zh: '这个文件看起来是订单，不是评价：请选“订单”再导入', en: 'This file looks like orders, not reviews: import it as orders',
      });
      expect(await refusal('products', 'pdd-orders.csv')).toMatchObject({ kind: 'orders', zh: '这个文件看起来是订单，不是商品：请选“订单”再导入' });
      const stored = await store.db.selectFrom('review').select('id').where('merchant_id', '=', 'kind').execute();
      expect(stored).toEqual([]);
    });

    it('says a review export sent as orders is reviews', async () => {
      expect(await refusal('orders', 'taobao-reviews.csv')).toMatchObject({ key: 'wrong_kind', kind: 'reviews', zh: '这个文件看起来是评价，不是订单：请选“评价”再导入' });
      expect(await refusal('orders', 'jd-reviews.csv')).toMatchObject({ kind: 'reviews' });
      expect(await refusal('orders', 'douyin-reviews.csv')).toMatchObject({ kind: 'reviews' });
      expect(await refusal('orders', '1688-reviews.csv')).toMatchObject({ kind: 'reviews' });
      // A plain review sheet no platform signs is told by the columns it has.
      expect(await refusal('orders', '', fileURLToPath(new URL('../ingest/fixtures/duplicates-conflicts.csv', import.meta.url)))).toMatchObject({ kind: 'reviews' });
      const orders = await store.db.selectFrom('sales_order').select('id').where('merchant_id', '=', 'kind').execute();
      expect(orders).toEqual([]);
    });
  });
});
