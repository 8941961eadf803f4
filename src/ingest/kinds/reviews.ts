import { z } from 'zod';
import type { Language } from '../../domain/types.js';
import { detectLanguage } from '../../text/language.js';
import { timeOrderedKey } from '../dedupe.js';
import { cell, cells } from '../fields.js';
import { defineKind } from '../kind.js';
import { canonicalPlatform } from '../platforms.js';
import { PLATFORM_HEADERS } from './synonyms.js';

const LANGUAGE_WORDS: Record<string, Language> = { zh: 'zh', 'zh-cn': 'zh', 中文: 'zh', chinese: 'zh', en: 'en', 英文: 'en', english: 'en' };

/** A language column is trusted when it says zh or en; anything else is detected from the text. */
const language = cell<Language | null>((value) => ({ ok: true, value: LANGUAGE_WORDS[String(value ?? '').trim().toLowerCase()] ?? null }));

/** Reviews of the merchant's and competitors' products (评价 exports, scraped listings). */
export const reviews = defineKind({
  kind: 'reviews',
  fields: [
    { name: 'id', synonyms: ['评价ID', '评论ID', '评价编号', '评论编号', '評價ID', '評論ID', 'review id', 'reviews.id', 'comment id'] },
    { name: 'platform', synonyms: PLATFORM_HEADERS },
    {
      name: 'productId',
      synonyms: ['商品ID', '宝贝ID', '商品编号', '商品', '商品名称', '宝贝', '宝贝名称', '产品', '产品名称', 'SKU', 'product id', 'asins', 'asin', 'product', 'product name', 'name'],
    },
    { name: 'rating', synonyms: ['评分', '評分', '星级', '评价星级', '商品评分', '打分', '评价等级', '评价类型', 'rating', 'stars', 'star', 'score', 'reviews.rating'] },
    {
      name: 'text',
      synonyms: ['评价内容', '评论内容', '初评内容', '評價內容', '評論內容', '评论', '评价', '内容', 'review text', 'review', 'reviews.text', 'reviews', 'content', 'text', 'comment', 'body'],
      required: true,
    },
    {
      name: 'reviewedAt',
      synonyms: ['评价时间', '评论时间', '初评时间', '評價時間', '評論時間', '发表时间', '时间', '日期', 'review date', 'reviews.date', 'reviewed at', 'date', 'time', 'created at'],
      required: true,
    },
    { name: 'helpfulVotes', synonyms: ['有用数', '点赞数', '有用', 'helpful votes', 'reviews.numHelpful', 'helpful', 'votes', 'likes'] },
    { name: 'author', synonyms: ['买家昵称', '评价人', '昵称', '用户名', '会员名', '用户', 'author', 'reviewer', 'reviews.username', 'username', 'user', 'nickname'] },
    { name: 'language', synonyms: ['语言', 'language', 'lang'] },
  ],
  row: z.object({
    id: cells.optionalId,
    platform: cells.optionalText,
    productId: cells.optionalText,
    rating: cells.rating,
    text: cells.text,
    reviewedAt: cells.time,
    helpfulVotes: cells.count,
    author: cells.optionalText,
    language,
  }),
  keyOf: (r) => r.id,
  dates: ['reviewedAt'],
  start: ({ merchantId, defaults }) => ({ value: r }) => {
    const platform = canonicalPlatform(r.platform ?? defaults.platform);
    return {
      merchantId,
      id: r.id ?? timeOrderedKey(r.reviewedAt, platform, r.productId, r.author, r.text),
      platform,
      productId: r.productId,
      rating: r.rating,
      text: r.text,
      language: r.language ?? detectLanguage(r.text),
      reviewedAt: r.reviewedAt,
      helpfulVotes: r.helpfulVotes,
      author: r.author,
    };
  },
});
