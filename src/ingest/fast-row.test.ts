import { describe, expect, it } from 'vitest';
import { fastRowParser } from './fast-row.js';
import { importKinds } from './kinds/index.js';
import { realAmazonReviews, realChineseReviews } from './testing.js';

const reviewRow = importKinds.reviews.row;
/** The mapper hands every field over, a column the file lacks as null. */
const blank = { id: null, platform: null, productId: null, rating: null, text: null, reviewedAt: null, helpfulVotes: null, author: null, language: null };

describe('fastRowParser', () => {
  it('gives exactly what zod gives for real review rows', () => {
    const parse = fastRowParser(reviewRow);
    expect(parse).toBeDefined();
    const rows = [
      ...realChineseReviews(20).map((r, i) => ({ ...blank, text: r.text, reviewedAt: `2024/5/${1 + i} 14:30`, rating: '好评', platform: '天猫', language: null })),
      ...realAmazonReviews(20).map((r) => ({ ...blank, text: r.text, reviewedAt: r.date, rating: r.rating, author: r.username, productId: r.asins, helpfulVotes: '1.2万', language: 'English' })),
    ];
    for (const fields of rows) {
      const zod = reviewRow.safeParse(fields);
      expect(zod.success).toBe(true);
      expect(parse!(fields)).toEqual(zod.data);
    }
  });

  it('hands any row with a bad cell back to zod', () => {
    const parse = fastRowParser(reviewRow)!;
    const good = { ...blank, text: realChineseReviews(1)[0].text, reviewedAt: '2024-05-01 10:00', rating: '5' };
    expect(parse(good)).toBeDefined();
    expect(parse({ ...good, rating: '6' })).toBeUndefined();
    expect(parse({ ...good, reviewedAt: '昨天' })).toBeUndefined();
    expect(parse({ ...good, text: '  ' })).toBeUndefined();
    expect(parse({ ...good, id: '1.23457E+18' })).toBeUndefined();
    expect(parse({ ...good, author: undefined })).toBeUndefined();
  });

  it('leaves schemas with row-level rules to zod', () => {
    expect(fastRowParser(importKinds.products.row)).toBeUndefined();
    expect(fastRowParser(importKinds.orders.row)).toBeUndefined();
    expect(fastRowParser(importKinds.posts.row)).toBeDefined();
  });
});
