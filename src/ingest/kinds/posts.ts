import { z } from 'zod';
import { timeOrderedKey } from '../dedupe.js';
import { cells } from '../fields.js';
import { defineKind } from '../kind.js';
import { canonicalPlatform } from '../platforms.js';
import { PLATFORM_HEADERS } from './synonyms.js';

/** Social posts (小红书 notes, 抖音 videos, 微博): what people say about the category in public. */
export const posts = defineKind({
  kind: 'posts',
  fields: [
    { name: 'id', synonyms: ['笔记ID', '帖子ID', '作品ID', '微博ID', '视频ID', 'post id', 'note id', 'id'] },
    { name: 'platform', synonyms: PLATFORM_HEADERS },
    { name: 'author', synonyms: ['作者', '博主', '发布者', '达人昵称', '昵称', '用户名', 'author', 'creator', 'user', 'username'] },
    { name: 'text', synonyms: ['正文', '内容', '笔记内容', '帖子内容', '文案', '标题', 'text', 'content', 'body', 'caption', 'title'], required: true },
    { name: 'likes', synonyms: ['点赞数', '点赞', '获赞', '赞', 'likes', 'like count', 'diggs'] },
    { name: 'comments', synonyms: ['评论数', '评论', 'comments', 'comment count', 'replies'] },
    { name: 'shares', synonyms: ['转发数', '分享数', '转发', '分享', 'shares', 'share count', 'reposts'] },
    { name: 'postedAt', synonyms: ['发布时间', '发帖时间', '发表时间', '时间', '日期', 'posted at', 'publish time', 'created at', 'date', 'time'], required: true },
    { name: 'url', synonyms: ['链接', '网址', '笔记链接', 'url', 'link'] },
  ],
  row: z.object({
    id: cells.optionalId,
    platform: cells.optionalText,
    author: cells.optionalText,
    text: cells.text,
    likes: cells.count,
    comments: cells.count,
    shares: cells.count,
    postedAt: cells.time,
    url: cells.optionalText,
  }),
  keyOf: (p) => p.id,
  dates: ['postedAt'],
  start: ({ merchantId, defaults }) => ({ value: p }) => {
    const platform = canonicalPlatform(p.platform ?? defaults.platform);
    return {
      merchantId,
      id: p.id ?? timeOrderedKey(p.postedAt, platform, p.author, p.text),
      platform,
      author: p.author,
      text: p.text,
      likes: p.likes,
      comments: p.comments,
      shares: p.shares,
      postedAt: p.postedAt,
      url: p.url,
    };
  },
});
