import { z } from 'zod';
import type { TimeBucket } from '../../domain/types.js';
import { cells } from '../fields.js';
import { defineKind } from '../kind.js';
import { canonicalPlatform } from '../platforms.js';
import { MERCHANT_UTC_OFFSET_HOURS } from '../values.js';
import { PLATFORM_HEADERS } from './synonyms.js';

const BUCKET_WORDS: Record<string, TimeBucket> = {
  day: 'day', daily: 'day', d: 'day', 日: 'day', 天: 'day', 按日: 'day', 按天: 'day',
  week: 'week', weekly: 'week', w: 'week', 周: 'week', 按周: 'week',
  month: 'month', monthly: 'month', m: 'month', 月: 'month', 按月: 'month',
};

/** Most keyword tools (生意参谋, 巨量算数) report daily numbers unless told otherwise. */
const DEFAULT_BUCKET: TimeBucket = 'day';
const OFFSET_MS = MERCHANT_UTC_OFFSET_HOURS * 3_600_000;

const bucket = z.unknown().transform((value, ctx): TimeBucket | null => {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const word = BUCKET_WORDS[String(value).trim().toLowerCase()];
  if (word) return word;
  ctx.addIssue({ code: 'custom', message: 'notBucket', params: { value: String(value) } });
  return z.NEVER;
});

/**
 * Moves an instant to the start of its bucket in Beijing time (weeks start on Monday), so a weekly
 * export dated on a Wednesday and one dated on the Monday land on the same row.
 */
export function bucketStart(instant: string, size: TimeBucket): string {
  const local = new Date(Date.parse(instant) + OFFSET_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  let d = local.getUTCDate();
  if (size === 'month') d = 1;
  if (size === 'week') d -= (local.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(y, m, d) - OFFSET_MS).toISOString();
}

/** Search volume per keyword and time bucket, from platform keyword tools. */
export const keywords = defineKind({
  kind: 'keywords',
  fields: [
    { name: 'keyword', synonyms: ['关键词', '搜索词', '关键字', '热词', 'keyword', 'search term', 'query', 'term'], required: true },
    { name: 'platform', synonyms: PLATFORM_HEADERS },
    { name: 'bucket', synonyms: ['周期', '粒度', '时间粒度', '统计周期', 'bucket', 'granularity'] },
    { name: 'start', synonyms: ['统计日期', '日期', '时间', '月份', '周', 'date', 'bucket start', 'period', 'week', 'month', 'time'], required: true },
    { name: 'volume', synonyms: ['搜索量', '搜索人气', '搜索次数', '搜索指数', '热度', 'volume', 'search volume', 'searches', 'count'], required: true },
  ],
  row: z.object({
    keyword: cells.text,
    platform: cells.optionalText,
    bucket,
    start: cells.time,
    volume: cells.number,
  }),
  keyOf: (k) => `${k.keyword}\u001f${k.platform}\u001f${k.bucket}\u001f${k.bucketStart}`,
  dates: ['start'],
  start: ({ merchantId, defaults }) => ({ value: k }) => {
    const size = k.bucket ?? defaults.bucket ?? DEFAULT_BUCKET;
    return {
      merchantId,
      keyword: k.keyword,
      platform: canonicalPlatform(k.platform ?? defaults.platform),
      bucket: size,
      bucketStart: bucketStart(k.start, size),
      volume: k.volume,
    };
  },
});
