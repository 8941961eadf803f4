import { describe, expect, it } from 'vitest';
import { mapHeaders, normalizeHeader } from './headers.js';
import { importKinds } from './kinds/index.js';

const mapped = (headers: string[], kind: keyof typeof importKinds) =>
  Object.fromEntries(mapHeaders(headers, importKinds[kind].fields).columns.map((c) => [c.field, c.header]));

describe('header mapping', () => {
  it('ignores width, case, spacing and units in brackets', () => {
    expect(normalizeHeader(' 金额（元） ')).toBe('金额');
    expect(normalizeHeader('Ｒｅｖｉｅｗｓ.Ｔｅｘｔ')).toBe('reviewstext');
    expect(normalizeHeader('Order_Date')).toBe('orderdate');
  });

  it('reads a Taobao-style order export', () => {
    expect(mapped(['订单编号', '买家会员名', '下单时间', '收货省份', '宝贝标题', '购买数量', '实付金额'], 'orders')).toEqual({
      id: '订单编号', buyerId: '买家会员名', orderedAt: '下单时间', region: '收货省份', productId: '宝贝标题', quantity: '购买数量', amount: '实付金额',
    });
  });

  it('tells a post\'s comment count from a review\'s text', () => {
    expect(mapped(['内容', '评论数', '发布时间'], 'posts')).toMatchObject({ text: '内容', comments: '评论数' });
    expect(mapped(['评论', '评论时间', '星级'], 'reviews')).toEqual({ text: '评论', reviewedAt: '评论时间', rating: '星级' });
  });

  it('prefers the earlier synonym when several columns could serve', () => {
    // Amazon's export has both the ASIN and the product name; the id is the better product key.
    expect(mapped(['name', 'asins', 'reviews.text', 'reviews.date'], 'reviews')).toMatchObject({ productId: 'asins' });
  });

  it('names every missing required column and the headers it saw', () => {
    expect(() => mapHeaders(['商品', '金额'], importKinds.reviews.fields)).toThrow(/no column for “.*”; its columns are: “商品”、“金额”/);
  });
});
