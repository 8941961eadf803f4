import { normalizeForAnalysis } from '../text/normalize.js';
import { scoreSentiment } from '../text/sentiment.js';

/**
 * What a comment under a design post says about buying: how warm it is (the sentiment model's
 * P(positive)) and whether the writer asks how to buy it.
 */

/**
 * Phrases with which Xiaohongshu/Douyin viewers ask to buy: asking for the link, the price, when it
 * goes on sale, or saying they will wait for it ("蹲"). Checked after normalisation (simplified, lower case).
 */
const BUYING_PHRASES = [
  '求链接', '链接', '哪里买', '怎么买', '在哪买', '哪里有卖', '多少钱', '什么价', '想买', '想要', '已下单', '下单了',
  '蹲', '上架', '什么时候卖', '什么时候上', '求购', '买买买', '种草了', '拔草',
  'where to buy', 'where can i buy', 'how much', 'link please', 'want one', 'want it', 'take my money',
];

export function asksToBuy(comment: string): boolean {
  const text = normalizeForAnalysis(comment);
  return BUYING_PHRASES.some((phrase) => text.includes(phrase));
}

export function commentWarmth(comment: string): number {
  return scoreSentiment(comment).score;
}
