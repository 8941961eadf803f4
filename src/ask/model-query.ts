import { ASK_DIMENSIONS, ASK_MEASURES, ASK_PERIODS, askQuery, type AskQuery } from './query.js';
import type { AskVocabulary } from './rules.js';

/**
 * The language model's part: it reads the question and writes the structured query as JSON, nothing else.
 * What it writes is parsed strictly; anything else (prose, SQL, an unknown field, a merchant id) is null and
 * the caller falls back to the rules.
 */

/** The chat messages asking for a query (plain role/content pairs, as every chat endpoint takes). */
export function modelQueryMessages(question: string, vocabulary: AskVocabulary): { role: 'system' | 'user'; content: string }[] {
  const system = [
    '你把店主关于自己店铺经营数据的问题转换成一个 JSON 查询，只输出 JSON，不要解释，不要 SQL。',
    `字段：measure 取 ${ASK_MEASURES.join('/')}；dimensions 是至多一个元素的数组，取 ${ASK_DIMENSIONS.join('/')}；`,
    'filters 可有 region、channel、category、product（只能用下面列出的值）；',
    `period 取 ${ASK_PERIODS.join('/')}；limit 1-20；order 取 desc/asc。`,
    '不能有其他字段。问题与店铺销售、利润、退货、买家无关时输出 {"unknown":true}。',
    `地区：${vocabulary.regions.join('、')}；渠道：${vocabulary.channels.join('、')}；品类：${vocabulary.categories.join('、')}；商品：${vocabulary.products.join('、')}`,
  ].join('\n');
  return [{ role: 'system', content: system }, { role: 'user', content: question }];
}

/** The query in the model's reply, or null when the reply is not exactly one valid query. */
export function parseModelQuery(text: string): AskQuery | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
  const parsed = askQuery.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
