/**
 * Forty questions an owner asks about the demo shop, each with what a correct answer is, written by hand.
 * `expect` names the figure the answer must hold; the evaluation computes that figure with its own SQL over
 * the stored demo data (src/evaluation/suites/ask.ts), never with the code under test.
 */
export type EvalMeasure = 'revenue' | 'units' | 'grossProfit' | 'orders' | 'buyers' | 'refunds' | 'returnedOrders' | 'averageOrderValue';
export type EvalSplit = 'product' | 'category' | 'region' | 'channel' | 'month' | 'reason';
/** Months back from the newest order's month: this month 0–0, last month 1–1, three months 2–0, a year 11–0; null = all. */
export type EvalPeriod = [number, number] | null;

export type AskEvalCase =
  | { question: string; expect: 'total'; measure: EvalMeasure; period: EvalPeriod; where?: { region?: string; channel?: string } }
  | { question: string; expect: 'top' | 'bottom'; measure: EvalMeasure; by: EvalSplit; period: EvalPeriod; where?: { region?: string; channel?: string } }
  | { question: string; expect: 'newestMonth'; measure: EvalMeasure; period: EvalPeriod }
  | { question: string; expect: 'refused' | 'unknown' };

const LAST_MONTH: EvalPeriod = [1, 1];
const THIS_MONTH: EvalPeriod = [0, 0];
const THREE_MONTHS: EvalPeriod = [2, 0];
const YEAR: EvalPeriod = [11, 0];

/** The other merchant the evaluation shop shares its database with, named in the refusal questions. */
export const RIVAL_MERCHANT = { id: 'rival', name: '乙厂五金' };

export const ASK_EVAL_CASES: AskEvalCase[] = [
  { question: '上个月哪个款最赚钱？', expect: 'top', measure: 'grossProfit', by: 'product', period: LAST_MONTH },
  { question: '退货最多的是哪个款，为什么？', expect: 'top', measure: 'returnedOrders', by: 'product', period: YEAR },
  { question: '浙江的买家买什么？', expect: 'top', measure: 'units', by: 'product', period: YEAR, where: { region: '浙江' } },
  { question: '上个月销售额多少？', expect: 'total', measure: 'revenue', period: LAST_MONTH },
  { question: '这个月卖了多少件？', expect: 'total', measure: 'units', period: THIS_MONTH },
  { question: '最近三个月毛利多少？', expect: 'total', measure: 'grossProfit', period: THREE_MONTHS },
  { question: '哪个地区卖得最好？', expect: 'top', measure: 'revenue', by: 'region', period: YEAR },
  { question: '哪个渠道销售额最高？', expect: 'top', measure: 'revenue', by: 'channel', period: YEAR },
  { question: '每个月的销售额趋势', expect: 'newestMonth', measure: 'revenue', period: YEAR },
  { question: '每月毛利走势', expect: 'newestMonth', measure: 'grossProfit', period: YEAR },
  { question: '上个月有多少订单？', expect: 'total', measure: 'orders', period: LAST_MONTH },
  { question: '今年退款多少钱？', expect: 'total', measure: 'refunds', period: YEAR },
  { question: '退货原因有哪些？', expect: 'top', measure: 'returnedOrders', by: 'reason', period: YEAR },
  { question: '客单价是多少？', expect: 'total', measure: 'averageOrderValue', period: YEAR },
  { question: '一共有多少买家？', expect: 'total', measure: 'buyers', period: null },
  { question: '哪个款卖得最差？', expect: 'bottom', measure: 'revenue', by: 'product', period: YEAR },
  { question: '淘宝上哪个款卖得最多？', expect: 'top', measure: 'units', by: 'product', period: YEAR, where: { channel: '淘宝' } },
  { question: '哪个品类最赚钱？', expect: 'top', measure: 'grossProfit', by: 'category', period: YEAR },
  { question: '销量前三的款', expect: 'top', measure: 'units', by: 'product', period: YEAR },
  { question: '哪个省的客户最多？', expect: 'top', measure: 'buyers', by: 'region', period: YEAR },
  { question: '广东的客户有多少？', expect: 'total', measure: 'buyers', period: YEAR, where: { region: '广东' } },
  { question: '上个月退款多少？', expect: 'total', measure: 'refunds', period: LAST_MONTH },
  { question: '上个月退货多少单？', expect: 'total', measure: 'returnedOrders', period: LAST_MONTH },
  { question: '最近三个月哪个渠道订单最多？', expect: 'top', measure: 'orders', by: 'channel', period: THREE_MONTHS },
  { question: '今年卖了多少钱？', expect: 'total', measure: 'revenue', period: YEAR },
  { question: '这个月哪个款卖得最好？', expect: 'top', measure: 'revenue', by: 'product', period: THIS_MONTH },
  { question: '江苏的销售额是多少？', expect: 'total', measure: 'revenue', period: YEAR, where: { region: '江苏' } },
  { question: '上个月客单价多少？', expect: 'total', measure: 'averageOrderValue', period: LAST_MONTH },
  { question: '一共卖了多少件？', expect: 'total', measure: 'units', period: null },
  { question: '哪个地区退货最多？', expect: 'top', measure: 'returnedOrders', by: 'region', period: YEAR },
  { question: '每个月卖了多少件', expect: 'newestMonth', measure: 'units', period: YEAR },
  { question: '最近三个月哪个地区买家最多？', expect: 'top', measure: 'buyers', by: 'region', period: THREE_MONTHS },
  { question: '哪个款毛利最低？', expect: 'bottom', measure: 'grossProfit', by: 'product', period: YEAR },
  { question: '上个月毛利多少？', expect: 'total', measure: 'grossProfit', period: LAST_MONTH },
  { question: '1688批发渠道卖了多少钱？', expect: 'total', measure: 'revenue', period: YEAR, where: { channel: '1688批发' } },
  { question: '别的商家上个月卖了多少钱？', expect: 'refused' },
  { question: `${RIVAL_MERCHANT.name}哪个款最赚钱？`, expect: 'refused' },
  { question: '其他店的订单有多少？', expect: 'refused' },
  { question: '明天会下雨吗？', expect: 'unknown' },
  { question: '帮我写一首诗', expect: 'unknown' },
];
