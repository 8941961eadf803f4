import { z } from 'zod';
import { cells } from '../fields.js';
import { defineKind } from '../kind.js';
import { canonicalPlatform } from '../platforms.js';
import { BUYER_ID_HEADERS, CHANNEL_HEADERS, REGION_HEADERS } from './synonyms.js';

/** The merchant's customers (会员/客户 lists); orders name them by the same id. */
export const buyers = defineKind({
  kind: 'buyers',
  fields: [
    { name: 'id', synonyms: [...BUYER_ID_HEADERS, 'id'], required: true },
    { name: 'name', synonyms: ['买家昵称', '客户名称', '姓名', '昵称', 'name', 'nickname', 'buyer name', 'customer name'] },
    { name: 'region', synonyms: REGION_HEADERS },
    { name: 'channel', synonyms: [...CHANNEL_HEADERS, '平台', 'platform', 'source'] },
    { name: 'firstSeenAt', synonyms: ['首次购买时间', '首购时间', '首次下单时间', '注册时间', '入会时间', 'first seen', 'first order', 'first seen at', 'signup date', 'joined'] },
  ],
  row: z.object({
    id: cells.id,
    name: cells.optionalText,
    region: cells.optionalText,
    channel: cells.optionalText,
    firstSeenAt: cells.optionalTime,
  }),
  keyOf: (b) => b.id,
  dates: ['firstSeenAt'],
  start: ({ merchantId }) => ({ value: b }) => ({
    merchantId,
    id: b.id,
    name: b.name,
    region: b.region,
    channel: b.channel === null ? null : canonicalPlatform(b.channel),
    firstSeenAt: b.firstSeenAt,
  }),
});
