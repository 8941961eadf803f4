import { describe, expect, it } from 'vitest';
import { asksAboutAnotherMerchant, queryFromRules, type AskVocabulary } from './rules.js';

const VOCABULARY: AskVocabulary = {
  regions: ['浙江', '广东', '江苏'], channels: ['淘宝', '拼多多', '1688批发'], categories: ['收纳箱', '露营车'], products: ['加厚透明收纳箱 60L', '户外折叠露营手拉车'],
};

// The 20 questions owners ask most (listed in rules.ts), each with the query it must become.
const COMMON: [string, Partial<ReturnType<typeof queryFromRules> & object>][] = [
  ['上个月哪个款最赚钱？', { measure: 'grossProfit', dimensions: ['product'], period: 'lastMonth', order: 'desc' }],
  ['退货最多的是哪个款，为什么？', { measure: 'returnedOrders', dimensions: ['product'], order: 'desc' }],
  ['浙江的买家买什么？', { measure: 'units', dimensions: ['product'], filters: { region: '浙江' } }],
  ['上个月销售额多少？', { measure: 'revenue', dimensions: [], period: 'lastMonth' }],
  ['这个月卖了多少件？', { measure: 'units', dimensions: [], period: 'thisMonth' }],
  ['最近三个月毛利多少？', { measure: 'grossProfit', dimensions: [], period: 'last3Months' }],
  ['哪个地区卖得最好？', { measure: 'revenue', dimensions: ['region'], order: 'desc' }],
  ['哪个渠道销售额最高？', { measure: 'revenue', dimensions: ['channel'] }],
  ['每个月的销售额趋势', { measure: 'revenue', dimensions: ['month'] }],
  ['每月毛利走势', { measure: 'grossProfit', dimensions: ['month'] }],
  ['上个月有多少订单？', { measure: 'orders', dimensions: [], period: 'lastMonth' }],
  ['今年退款多少钱？', { measure: 'refunds', dimensions: [], period: 'last12Months' }],
  ['退货原因有哪些？', { measure: 'returnedOrders', dimensions: ['returnReason'] }],
  ['客单价是多少？', { measure: 'averageOrderValue', dimensions: [] }],
  ['一共有多少买家？', { measure: 'buyers', dimensions: [], period: 'all' }],
  ['哪个款卖得最差？', { measure: 'revenue', dimensions: ['product'], order: 'asc' }],
  ['淘宝上哪个款卖得最多？', { measure: 'units', dimensions: ['product'], filters: { channel: '淘宝' } }],
  ['哪个品类最赚钱？', { measure: 'grossProfit', dimensions: ['category'] }],
  ['销量前三的款', { measure: 'units', dimensions: ['product'], limit: 3 }],
  ['哪个省的客户最多？', { measure: 'buyers', dimensions: ['region'], order: 'desc' }],
];

describe('offline intent rules', () => {
  it.each(COMMON)('reads "%s"', (question, expected) => {
    expect(queryFromRules(question, VOCABULARY)).toMatchObject(expected);
  });

  it('reads a filter only from the shop’s own words, longest first', () => {
    expect(queryFromRules('1688批发渠道上个月卖了多少钱', VOCABULARY)).toMatchObject({ filters: { channel: '1688批发' }, measure: 'revenue' });
    expect(queryFromRules('西藏的买家买什么', VOCABULARY)!.filters).toEqual({});
  });

  it('does not guess at questions it has no words for', () => {
    for (const q of ['明天会下雨吗？', '帮我写一首诗', '模具多少钱']) expect(queryFromRules(q, VOCABULARY)).toBeNull();
  });
});

describe('questions about another merchant', () => {
  it('are recognised by their words or by another merchant’s name', () => {
    expect(asksAboutAnotherMerchant('别的商家上个月卖了多少？', [])).toBe(true);
    expect(asksAboutAnotherMerchant('乙厂上个月哪个款最赚钱？', ['b', '乙厂'])).toBe(true);
    expect(asksAboutAnotherMerchant('上个月哪个款最赚钱？', ['b', '乙厂'])).toBe(false);
  });
});
