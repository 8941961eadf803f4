import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, type Order, type OrderStatus } from '../../domain/types.js';
import { mapHeaders } from '../headers.js';
import { importKinds } from '../kinds/index.js';
import { importLayout } from '../layout.js';
import { parseOrderStatus, settleStatus } from '../order-status.js';
import { OrderTally, orderStatusNote } from '../order-tally.js';
import { provinceOf } from '../regions.js';
import { PLATFORM_EXPORTS, platformExportOf } from './index.js';

describe('platform export maps', () => {
  it.each(PLATFORM_EXPORTS.map((e) => [`${e.platform} ${e.kind}`, e] as const))('%s names only fields its kind has, and its signature maps the kind', (_, e) => {
    const fields = new Set(importKinds[e.kind].fields.map((f) => f.name));
    expect(Object.keys(e.columns).filter((f) => !fields.has(f))).toEqual([]);
    // A file holding just the signature (plus the export's first header for each required field) reads as this export and maps.
    const headers = [...e.signature, ...importKinds[e.kind].fields.filter((f) => f.required).map((f) => e.columns[f.name]?.[0] ?? f.synonyms[0])];
    expect(platformExportOf(headers)).toBe(e);
    const layout = importLayout(e.kind, headers, {});
    expect(layout.defaults.platform).toBe(e.platform);
    expect(() => mapHeaders(headers, layout.fields)).not.toThrow();
  });

  it('knows an export by the columns public readers of it name, and files a Tmall 订单报表 as Taobao unless told', () => {
    // 抖店 as the pandas reports found by code search read it: no 子订单编号, no 订单应付金额; 商品金额 is the unit price.
    const douyin = ['主订单编号', '选购商品', '货号', '商品ID', '商品数量', '商品金额', '订单提交时间', '支付完成时间', '订单完成时间', '订单状态', '取消原因', '售后状态', '订单类型', '收件人', '省'];
    const layout = importLayout('orders', douyin, {});
    expect(layout.platformExport).toMatchObject({ platform: 'douyin', kind: 'orders' });
    const mapped = Object.fromEntries(mapHeaders(douyin, layout.fields).columns.map((c) => [c.field, c.header]));
    expect(mapped).toMatchObject({ id: '主订单编号', unitPrice: '商品金额', quantity: '商品数量', sku: '货号', orderedAt: '订单提交时间' });
    expect(mapped.amount).toBeUndefined();
    // 1688 as its order-export userscript writes it: 运费 and 实付款 without (元).
    expect(platformExportOf(['订单编号', '买家公司名', '买家会员名', '货品总价(元)', '运费', '实付款', '订单状态', '订单创建时间', '货品标题', '单价', '数量', 'Offer ID'])).toMatchObject({ platform: '1688' });
    // A Tmall shop's 订单报表 carries the same columns (天猫卡券抵扣 included) as a Taobao shop's.
    const tmall = ['订单编号', '买家会员名', '买家支付宝账号', '买家实际支付金额', '订单状态', '订单创建时间', '宝贝标题 ', '宝贝总数量', '天猫卡券抵扣', '主订单编号'];
    expect(importLayout('orders', tmall, {}).defaults.platform).toBe('taobao');
    expect(importLayout('orders', tmall, { platform: '天猫' }).defaults.platform).toBe('天猫');
  });

  it('gives every status word of every export one of the five outcomes', () => {
    for (const e of PLATFORM_EXPORTS) {
      for (const [word, status] of Object.entries(e.statuses ?? {})) {
        expect(ORDER_STATUSES).toContain(status);
        expect(parseOrderStatus(word), `${e.platform} ${word}`).toEqual({ ok: true, value: status });
      }
    }
  });

  it('reads status words across width and spacing, guesses new wordings, and names one it cannot read', () => {
    expect(parseOrderStatus('卖家已发货,等待买家确认')).toEqual({ ok: true, value: 'paid' });
    expect(parseOrderStatus('交易关闭（退款）')).toEqual({ ok: true, value: 'refunded' });
    expect(parseOrderStatus('订单已取消（超时）')).toEqual({ ok: true, value: 'cancelled' });
    expect(parseOrderStatus('')).toEqual({ ok: true, value: null });
    expect(parseOrderStatus('正常')).toMatchObject({ ok: false, reason: { code: 'unknownOrderStatus', params: { value: '正常' } } });
  });

  it('settles a status with its refund: whole, part, or a closed order that had been paid', () => {
    expect(settleStatus('paid', 100, 0, null)).toBe('paid');
    expect(settleStatus('paid', 100, 40, null)).toBe('partly_refunded');
    expect(settleStatus('paid', 100, 100, null)).toBe('refunded');
    expect(settleStatus('cancelled', 100, 100, null)).toBe('refunded');
    expect(settleStatus('cancelled', 100, 0, null)).toBe('cancelled');
    expect(settleStatus('paid', 100, 0, '退款成功')).toBe('refunded');
    expect(settleStatus('paid', 100, 0, '无售后或售后取消')).toBe('paid');
    expect(settleStatus('unpaid', 100, 0, '退款成功')).toBe('unpaid');
  });

  it('cuts a region or an address to its province', () => {
    expect(['浙江省 杭州市 西湖区 文三路 90 号(310012)', '浙江', '浙江省', '上海 上海市 浦东新区', '黑龙江省哈尔滨市', '杭州'].map(provinceOf))
      .toEqual(['浙江', '浙江', '浙江', '上海', '黑龙江', '杭州']);
  });

  it('refuses a plain sheet of another kind only when the chosen kind cannot read it', () => {
    expect(() => importLayout('orders', ['评价ID', '评分', '评价内容', '评价时间'], {})).toThrow(expect.objectContaining({ key: 'wrong_kind', params: expect.objectContaining({ kind: 'reviews' }) }));
    expect(() => importLayout('reviews', ['订单号', '买家ID', '下单时间', '金额'], {})).toThrow(expect.objectContaining({ params: expect.objectContaining({ kind: 'orders' }) }));
    // A generic order sheet stays an order sheet; a sheet nothing reads keeps the missing-columns error.
    expect(importLayout('orders', ['订单号', '买家ID', '下单时间', '金额'], {}).platformExport).toBeUndefined();
    const unreadable = importLayout('reviews', ['a', 'b'], {});
    expect(() => mapHeaders(['a', 'b'], unreadable.fields)).toThrow(expect.objectContaining({ key: 'import_missing_columns' }));
  });
});

describe('the order tally of an import', () => {
  const line = (id: string, status: OrderStatus, refundAmount = 0) =>
    ({ id, status, refundAmount } as Order);

  it('counts orders, not lines, combining an order\'s lines as the store does', () => {
    const tally = new OrderTally();
    tally.add([line('a', 'unpaid'), line('a', 'unpaid'), line('b', 'paid'), line('b', 'refunded', 20), line('c', 'cancelled')]);
    tally.add([line('d', 'paid', 0), line('e', 'partly_refunded', 12.5)]);
    expect(tally.counts()).toEqual({ unpaid: 1, cancelled: 1, refunded: 0, partlyRefunded: 2, partlyRefundedYuan: 32.5 });
    expect(orderStatusNote(tally.counts())).toBe('1 笔未付款、1 笔已取消的订单不计入销售；2 笔部分退款的订单只计实收减去退款（共退 32.5 元）');
    expect(orderStatusNote(tally.counts(), 'en')).toBe('1 unpaid, 1 cancelled orders are not counted as sales. 2 partly refunded orders count what was paid minus the refunds (32.5 yuan refunded)');
    expect(orderStatusNote(new OrderTally().counts())).toBeUndefined();
  });
});
