import { cut } from '../../text/segment.js';
import { normalizeForAnalysis } from '../../text/normalize.js';

/**
 * Words that carry no meaning for matching a buyer's question to an earlier one: politeness,
 * particles and pronouns every question has (亲, 请问, 吗, 这个), and the judging words that only make
 * it a question (好不好, 难不难, 有没有), and what buyers call any item (宝贝, 东西).
 */
const STOPWORDS = new Set([
  '亲', '请问', '你好', '您好', '老板', '客服', '在吗', '吗', '呢', '吧', '啊', '呀', '的', '了', '是', '有', '没有', '不', '我', '你',
  '这个', '那个', '这款', '一下', '想', '问', '问问', '可以', '能', '会', '么', '什么', '怎么', '多少', '还', '和', '就', '都', '也',
  '好', '好不好', '难', '不难', '难不难', '容易', '方便', '有没有', '是不是', '能不能', '会不会', '可不可以', '要不要',
  '宝贝', '东西', '商品', '产品',
]);

const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

/** Content words of a short text, for retrieval. */
export function searchTokens(text: string): string[] {
  return cut(normalizeForAnalysis(text)).filter((w) => !STOPWORDS.has(w) && !PUNCTUATION.test(w));
}
