import { describe, expect, it } from 'vitest';
import { realAmazonReviews } from '../ingest/testing.js';
import { packRecords, unpackRecords } from './import-packing.js';

describe('packRecords', () => {
  it('round-trips real review records, nulls and nested values included', () => {
    const records = realAmazonReviews(30).map((r, i) => ({
      id: `a${i}`, text: r.text, rating: Number(r.rating), author: i % 3 === 0 ? null : r.username, lines: [{ lineNo: i }],
    }));
    const packed = packRecords(records);
    expect(packed.fields).toEqual(['id', 'text', 'rating', 'author', 'lines']);
    expect(packed.lengths).toHaveLength(records.length * 5);
    expect(packed.others).toHaveLength(30 + 10 + 30);
    expect(unpackRecords(structuredClone(packed))).toEqual(records);
  });

  it('keeps empty strings and strings that look like separators', () => {
    const records = [{ a: '', b: '\u0000', c: 'x' }, { a: 'y', b: '', c: '' }];
    expect(unpackRecords(structuredClone(packRecords(records)))).toEqual(records);
  });

  it('packs an empty batch', () => {
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });
});
