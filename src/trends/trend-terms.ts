/**
 * The words of a review or post that can trend: segmented with the shared jieba instance, kept once
 * per document (a share of documents is what the radar tests), without punctuation, numbers and the
 * function words every text contains.
 */
import { normalizeForAnalysis } from '../text/normalize.js';
import { cut } from '../text/segment.js';

// Chinese words of one character are mostly particles (的, 了, 就); product words are two or more.
const MIN_HAN_LENGTH = 2;
// English words of one or two letters are articles and prepositions.
const MIN_LATIN_LENGTH = 3;
const HAN = /\p{Script=Han}/u;
const WORD = /^[\p{L}][\p{L}\p{M}'-]*$/u;

/** Words frequent in every review whatever the product; they would "trend" with review volume noise. */
const STOP_WORDS = new Set([
  // Chinese
  '我们', '你们', '他们', '一个', '没有', '就是', '这个', '那个', '非常', '还是', '感觉', '觉得', '真的', '可以', '什么',
  '不是', '但是', '而且', '因为', '所以', '已经', '比较', '一下', '这么', '那么', '然后', '还有', '东西', '自己', '时候',
  '知道', '一样', '一点', '有点', '的话', '这样', '特别', '收到', '购买', '宝贝', '商品', '卖家', '评价', '好评', '不错',
  '不能', '不会', '怎么', '一直', '很多', '不太', '还是', '能够', '需要', '应该',
  // English
  'the', 'and', 'for', 'with', 'this', 'that', 'was', 'are', 'but', 'not', 'you', 'have', 'has', 'had', 'its', "it's",
  'they', 'them', 'one', 'very', 'just', 'all', 'get', 'got', 'would', 'will', 'can', 'from', 'what', 'when', 'out',
  'use', 'also', 'than', 'more', 'some', 'much', 'been', 'were', 'only', 'which', 'there', 'their', 'about', 'great',
  'good', 'love', 'like', 'product', 'bought', 'buy', 'purchase', 'item', 'really', 'well', 'too', 'even', 'our', 'any',
]);

export function trendTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of cut(normalizeForAnalysis(text))) {
    if (!WORD.test(word) || STOP_WORDS.has(word)) continue;
    if (word.length < (HAN.test(word) ? MIN_HAN_LENGTH : MIN_LATIN_LENGTH)) continue;
    terms.add(word);
  }
  return [...terms];
}
