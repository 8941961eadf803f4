import type { AskDimension, AskMeasure, AskPeriod, AskQuery } from './query.js';

/**
 * Offline intent rules: the question's words pick the measure, the split, the period, the order and filters
 * named in the shop's own data (its regions, channels, categories and products). They cover the 20 questions
 * owners ask most (each is tested in rules.test.ts):
 *
 *  1 上个月哪个款最赚钱？            11 上个月有多少订单？
 *  2 退货最多的是哪个款，为什么？    12 今年退款多少钱？
 *  3 浙江的买家买什么？              13 退货原因有哪些？
 *  4 上个月销售额多少？              14 客单价是多少？
 *  5 这个月卖了多少件？              15 一共有多少买家？
 *  6 最近三个月毛利多少？            16 哪个款卖得最差？
 *  7 哪个地区卖得最好？              17 淘宝上哪个款卖得最多？
 *  8 哪个渠道销售额最高？            18 哪个品类最赚钱？
 *  9 每个月的销售额趋势              19 销量前三的款
 * 10 每月毛利走势                    20 哪个省的客户最多？
 *
 * A question none of the words fit is not guessed at: it gets null and the caller answers "我还不会回答这个".
 */

/** Words the shop's data holds, so "浙江" or "淘宝" in a question becomes a filter. */
export interface AskVocabulary {
  regions: readonly string[];
  channels: readonly string[];
  categories: readonly string[];
  products: readonly string[];
}

const has = (q: string, words: readonly string[]) => words.some((w) => q.includes(w));

// Order matters: the first rule whose words appear decides (退款 before 退货, 毛利 before 销售额).
const MEASURES: [AskMeasure, string[]][] = [
  ['averageOrderValue', ['客单价', '每单多少钱', '平均每单']],
  // "浙江的买家买什么" asks what they buy, not how many buyers there are.
  ['units', ['买什么', '买了什么', '买啥']],
  ['refunds', ['退款', '退了多少钱', '退钱']],
  ['returnedOrders', ['退货', '退单', '售后', '退回']],
  ['grossProfit', ['赚钱', '利润', '毛利', '挣钱', '赚了', '亏']],
  ['buyers', ['买家', '客户', '顾客', '多少人']],
  ['orders', ['订单', '多少单', '几单', '单量']],
  ['units', ['多少件', '几件', '件数', '销量', '卖得最多', '卖出', '卖了多少个']],
  ['revenue', ['销售额', '营业额', '收入', '卖了多少钱', '流水', '卖得最好', '卖得最差', '卖得好', '卖得差', 'gmv', 'GMV']],
];
const DIMENSIONS: [AskDimension, string[]][] = [
  ['returnReason', ['为什么退', '退货原因', '退款原因', '原因有哪些', '什么原因']],
  ['month', ['每个月', '每月', '趋势', '走势', '按月', '逐月']],
  ['category', ['哪个品类', '哪类', '什么品类', '哪个类目', '各品类', '每个品类']],
  ['region', ['哪个地区', '哪个省', '哪里', '哪些地区', '各地区', '每个省', '哪个城市']],
  ['channel', ['哪个渠道', '哪个平台', '各渠道', '各平台', '每个渠道']],
  ['product', ['哪个款', '哪款', '哪个产品', '哪个商品', '什么产品', '什么款', '买什么', '买了什么', '的款', '各款', '每个款', '哪些款']],
];
const PERIODS: [AskPeriod, string[]][] = [
  ['lastMonth', ['上个月', '上月']],
  ['thisMonth', ['这个月', '本月', '当月']],
  ['last3Months', ['最近三个月', '近三个月', '最近3个月', '近3个月', '这个季度', '本季度', '最近一个季度']],
  ['last12Months', ['今年', '最近一年', '过去一年', '近一年', '12个月', '十二个月']],
  ['all', ['一共', '总共', '全部', '历史', '所有', '累计']],
];
const ASCENDING = ['最差', '最少', '最低', '最不', '垫底', '倒数'];
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function limitOf(q: string): number | undefined {
  const m = q.match(/(?:前|top\s*|TOP\s*)(\d+|[一二两三四五六七八九十])/);
  if (!m) return undefined;
  return Number(m[1]) || CHINESE_DIGITS[m[1]];
}

/** The first vocabulary entry named in the question, longest first (so 1688批发 wins over 1688). */
function named(q: string, words: readonly string[]): string | undefined {
  return [...words].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length).find((w) => q.includes(w));
}

export function queryFromRules(question: string, vocabulary: AskVocabulary): AskQuery | null {
  const q = question.trim();
  const dimension = DIMENSIONS.find(([, words]) => has(q, words))?.[0];
  let measure = MEASURES.find(([, words]) => has(q, words))?.[0];
  // "退货原因" asks which reasons, counted in returned orders.
  if (dimension === 'returnReason' && measure !== 'refunds') measure = 'returnedOrders';
  if (!measure) return null;
  const filters: AskQuery['filters'] = {};
  const region = named(q, vocabulary.regions);
  const channel = named(q, vocabulary.channels);
  const category = named(q, vocabulary.categories);
  const product = named(q, vocabulary.products);
  if (region && dimension !== 'region') filters.region = region;
  if (channel && dimension !== 'channel') filters.channel = channel;
  if (product && dimension !== 'product') filters.product = product;
  else if (category && dimension !== 'category' && dimension !== 'product') filters.category = category;
  return {
    measure,
    dimensions: dimension ? [dimension] : [],
    filters,
    // Without a period named, the last 12 months: the window the 经营分析 page shows.
    period: PERIODS.find(([, words]) => has(q, words))?.[0] ?? 'last12Months',
    limit: limitOf(q) ?? 5,
    order: has(q, ASCENDING) ? 'asc' : 'desc',
  };
}

/** Words that ask about someone else's shop: the answer is a refusal, never another merchant's numbers. */
const OTHER_SHOP_WORDS = ['别的商家', '其他商家', '别家', '别人家', '其他店', '别的店', '同行的', '隔壁', '对手的销售', '对手的订单', '对手的利润', '其他商户', '别的商户', '所有商家', '全部商家', '其他厂', '别的厂'];

/** Whether the question asks for another merchant's data: by those words, or by naming another merchant. */
export function asksAboutAnotherMerchant(question: string, otherMerchants: readonly string[]): boolean {
  return has(question, OTHER_SHOP_WORDS) || otherMerchants.some((name) => name.length >= 2 && question.includes(name));
}

/** What "我还不会回答这个" offers instead: questions the rules answer. */
export const SUGGESTED_QUESTIONS = ['上个月哪个款最赚钱？', '退货最多的是哪个款，为什么？', '浙江的买家买什么？', '每个月的销售额趋势', '哪个渠道销售额最高？'] as const;
