import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import type { Order, Product, Review } from '../domain/types.js';
import { renderError } from '../messages/render.js';
import { openSource } from './readers/index.js';
import { runImport, type ImportSink } from './run.js';
import { chunked, realAmazonReviews, realCdnowPurchases, realChineseReviews, toCsv } from './testing.js';
import type { FileFormat, ImportedRecord, ImportKind } from './types.js';

/** Keeps records by their dedupe key, the way the store's primary keys do. */
function memorySink<K extends ImportKind>(
  key: (r: ImportedRecord<K>) => string,
  failAfterCommits = Infinity,
  records = new Map<string, ImportedRecord<K>>(),
) {
  let committedThrough = 0;
  let commits = 0;
  const sink: ImportSink<K> = {
    async commit(batch, _rejects, throughRow) {
      if (commits++ >= failAfterCommits) throw new Error('power cut');
      let landed = 0;
      for (const r of batch) {
        if (records.has(key(r))) continue;
        records.set(key(r), r);
        landed++;
      }
      committedThrough = throughRow;
      return landed;
    },
  };
  return { sink, records, committedThrough: () => committedThrough };
}

const source = (format: FileFormat, bytes: Uint8Array) => openSource(format, chunked(bytes, 64));

const chinese = realChineseReviews(6);
const reviewRows = [
  ['商品', '评分', '评价内容', '评价时间', '平台'],
  ['收纳箱A', '5', chinese[0].text, '2024-05-01 10:00', '天猫'],
  ['收纳箱A', '6', chinese[1].text, '2024-05-02 10:00', '天猫'],
  ['收纳箱B', '差评', chinese[2].text, '昨天', '淘宝'],
  ['', '', '', '', ''],
  ['收纳箱B', '4星', chinese[3].text, '2024/5/3', 'Tmall'],
  ['收纳箱B', '', '', '2024/5/3', 'Tmall'],
];

describe('runImport', () => {
  it('lands good rows from a GBK CSV and reports bad ones by row and column', async () => {
    const mem = memorySink<'reviews'>((r) => r.id);
    const summary = await runImport({
      kind: 'reviews',
      merchantId: 'm1',
      source: await source('csv', iconv.encode(toCsv(reviewRows), 'gbk')),
      sink: mem.sink,
    });
    expect(summary).toMatchObject({ rowsRead: 6, landed: 2, duplicates: 0, rejected: 3 });
    expect(summary.rejects).toEqual([
      { row: 3, field: '评分', value: '6', reason: '评分 6 超出了 1–5 分' },
      { row: 4, field: '评价时间', value: '昨天', reason: '“昨天”不是日期' },
      { row: 7, field: '评价内容', value: '', reason: '为空' },
    ]);
    const landed = [...mem.records.values()] as Review[];
    expect(landed.map((r) => [r.productId, r.rating, r.platform, r.language, r.reviewedAt])).toEqual([
      ['收纳箱A', 5, 'tmall', 'zh', '2024-05-01T02:00:00.000Z'],
      ['收纳箱B', 4, 'tmall', 'zh', '2024-05-02T16:00:00.000Z'],
    ]);
    expect(landed[0].text).toBe(chinese[0].text.trim());
  });

  it('adds nothing when the same file comes again, even as UTF-8 with a BOM', async () => {
    const mem = memorySink<'reviews'>((r) => r.id);
    const gbk = iconv.encode(toCsv(reviewRows), 'gbk');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(reviewRows))]);
    await runImport({ kind: 'reviews', merchantId: 'm1', source: await source('csv', gbk), sink: mem.sink });
    const again = await runImport({ kind: 'reviews', merchantId: 'm1', source: await source('csv', bom), sink: mem.sink });
    expect(again).toMatchObject({ landed: 0, duplicates: 2 });
    expect(mem.records.size).toBe(2);
  });

  it('resumes after the last committed row without landing a row twice', async () => {
    const rows = [['评价内容', '评价时间'], ...realChineseReviews(11).map((r, i) => [r.text, `2024-05-${String(i + 1).padStart(2, '0')}`])];
    const bytes = Buffer.from(toCsv(rows));
    const crashing = memorySink<'reviews'>((r) => r.id, 2);
    const plan = { kind: 'reviews' as const, merchantId: 'm1', batchRows: 3 };
    await expect(runImport({ ...plan, source: await source('csv', bytes), sink: crashing.sink })).rejects.toThrow('power cut');
    expect(crashing.committedThrough()).toBe(7);
    expect(crashing.records.size).toBe(6);

    const restarted = memorySink<'reviews'>((r) => r.id, Infinity, crashing.records);
    let duplicateWrites = 0;
    const resumed = await runImport({
      ...plan,
      source: await source('csv', bytes),
      resumeAfterRow: crashing.committedThrough(),
      sink: {
        commit(batch, rejects, through) {
          duplicateWrites += batch.filter((r) => crashing.records.has(r.id)).length;
          return restarted.sink.commit(batch, rejects, through);
        },
      },
    });
    expect(duplicateWrites).toBe(0);
    expect(resumed).toMatchObject({ resumedAfterRow: 7, landed: 5 });
    expect(crashing.records.size).toBe(11);
  });

  it('maps the Amazon export headers and detects English', async () => {
    const amazon = realAmazonReviews(3);
    const csv = toCsv([
      ['id', 'name', 'asins', 'reviews.date', 'reviews.rating', 'reviews.text', 'reviews.username'],
      ...amazon.map((r) => ['AVq', 'Kindle', r.asins, r.date, r.rating, r.text, r.username]),
    ]);
    const mem = memorySink<'reviews'>((r) => r.id);
    const summary = await runImport({ kind: 'reviews', merchantId: 'm1', source: await source('csv', Buffer.from(csv)), sink: mem.sink, defaults: { platform: 'amazon' } });
    expect(summary.landed).toBe(3);
    const first = [...mem.records.values()][0];
    expect(first).toMatchObject({ productId: amazon[0].asins, rating: Number(amazon[0].rating), language: 'en', platform: 'amazon', reviewedAt: amazon[0].date });
  });

  it('refuses a file without a required column before anything lands', async () => {
    const mem = memorySink<'reviews'>((r) => r.id);
    const csv = toCsv([['商品', '评分'], ['收纳箱A', '5']]);
    const refused = await runImport({ kind: 'reviews', merchantId: 'm1', source: await source('csv', Buffer.from(csv)), sink: mem.sink }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'bad_input', key: 'import_missing_columns' });
    expect(renderError('zh-CN', refused as AppError)).toBe('文件里没有“评价内容/评论内容/初评内容”、“评价时间/评论时间/初评时间”列；文件现有的列是：“商品”、“评分”');
    expect(renderError('en', refused as AppError)).toMatch(/^the file has no column for “评价内容.*its columns are: “商品”、“评分”$/);
    expect(mem.records.size).toBe(0);
  });

  it('names the kind a file looks like when it is imported as another (orders as reviews)', async () => {
    const mem = memorySink<'reviews'>((r) => r.id);
    const csv = toCsv([['订单编号', '买家会员名', '下单时间', '实付金额'], ['o1', '小王', '2024-05-01 10:00', '39.9']]);
    const refused = await runImport({ kind: 'reviews', merchantId: 'm1', source: await source('csv', Buffer.from(csv)), sink: mem.sink }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ key: 'wrong_kind', params: { kind: 'orders' } });
    expect(renderError('zh-CN', refused as AppError)).toBe('这个文件看起来是订单，不是评价：请选“订单”再导入');
    expect(mem.records.size).toBe(0);
  });

  it('groups CDNOW purchases into orders with numbered lines', async () => {
    // Customer 00314 bought twice on 1997-01-13: one order with two lines.
    const purchases = realCdnowPurchases(1000).filter((p) => p.customer === '00004' || p.customer === '00314');
    const csv = toCsv([['customer_id', 'date', 'quantity', 'amount'], ...purchases.map((p) => [p.customer, p.date, p.units, p.dollars])]);
    const mem = memorySink<'orders'>((o) => `${o.id}/${o.lines[0].lineNo}`);
    // CDNOW is from 1997: historical data widens the plausible window.
    const summary = await runImport({ kind: 'orders', merchantId: 'm1', source: await source('csv', Buffer.from(csv)), sink: mem.sink, earliest: '1990-01-01' });
    expect(summary.landed).toBe(purchases.length);
    const orders = [...mem.records.values()] as Order[];
    const twoLines = orders.filter((o) => o.buyerId === '00314' && o.orderedAt === '1997-01-12T16:00:00.000Z');
    expect(twoLines.map((o) => [o.id, o.lines[0].lineNo])).toEqual([[twoLines[0].id, 1], [twoLines[0].id, 2]]);
    expect(new Set(orders.map((o) => o.id)).size).toBe(purchases.length - 1);
    expect(orders[0].lines[0]).toMatchObject({ quantity: purchases[0].units, amount: purchases[0].dollars, unitPrice: purchases[0].dollars / purchases[0].units });
  });

  it('keeps unmapped product columns as attributes, from JSONL', async () => {
    const jsonl = [
      { 商品ID: 'P1', 商品名称: '加厚塑料收纳箱', 类目: '收纳箱', 价格: '¥39.90', 成本: '18', 材质: 'PP', 容量: '60L' },
      { 商品名称: '无编号的箱子' },
    ].map((o) => JSON.stringify(o)).join('\n');
    const mem = memorySink<'products'>((p) => p.id);
    const summary = await runImport({ kind: 'products', merchantId: 'm1', source: await source('jsonl', Buffer.from(jsonl)), sink: mem.sink });
    expect(summary.rejects).toEqual([{ row: 2, field: 'id', value: '', reason: '需要商品ID或SKU' }]);
    expect([...mem.records.values()][0] as Product).toMatchObject({ id: 'P1', sku: 'P1', price: 39.9, unitCost: 18, attributes: { 材质: 'PP', 容量: '60L' }, owner: 'own' });
  });

  it('reads social posts with 万-style counts from a JSON export', async () => {
    const json = JSON.stringify([
      { 笔记ID: 'n1', 平台: '小红书', 作者: '收纳博主', 正文: chinese[4].text, 点赞: '1.2万', 评论数: 356, 转发: '', 发布时间: '2024-05-20 20:15' },
      { 笔记ID: 'n2', 平台: '小红书', 正文: chinese[5].text, 点赞: '很多', 发布时间: '2024-05-21' },
    ]);
    const mem = memorySink<'posts'>((p) => p.id);
    const summary = await runImport({ kind: 'posts', merchantId: 'm1', source: await source('json', Buffer.from(json)), sink: mem.sink, locale: 'en' });
    expect(summary.rejects).toEqual([{ row: 2, field: '点赞', value: '很多', reason: '"很多" is not a number' }]);
    expect(mem.records.get('n1')).toMatchObject({ platform: 'xiaohongshu', author: '收纳博主', likes: 12000, comments: 356, shares: 0, postedAt: '2024-05-20T12:15:00.000Z' });
  });

  it('moves keyword volumes to the Monday of their week', async () => {
    const json = JSON.stringify([{ 关键词: '收纳箱', 日期: '2024-05-01', 周期: '周', 搜索人气: '1.2万' }]);
    const mem = memorySink<'keywords'>((k) => `${k.keyword}/${k.bucketStart}`);
    await runImport({ kind: 'keywords', merchantId: 'm1', source: await source('json', Buffer.from(json)), sink: mem.sink });
    expect([...mem.records.values()][0]).toMatchObject({ bucket: 'week', bucketStart: '2024-04-28T16:00:00.000Z', volume: 12000 });
  });
});
