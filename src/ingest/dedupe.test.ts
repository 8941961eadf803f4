import { describe, expect, it } from 'vitest';
import { contentKey, recordPrint, timeOrderedKey } from './dedupe.js';
import { realChineseReviews } from './testing.js';

describe('contentKey', () => {
  it('is stable, 24 hex characters, and tells parts apart from their joins', () => {
    expect(contentKey('tmall', 'P1', '好')).toBe(contentKey('tmall', 'P1', '好'));
    expect(contentKey('tmall', 'P1', '好')).toMatch(/^[0-9a-f]{24}$/);
    expect(contentKey('ab', 'c')).not.toBe(contentKey('a', 'bc'));
    expect(contentKey('a', null)).toBe(contentKey('a', ''));
  });

  it('gives distinct keys to distinct real reviews and to one-character edits', () => {
    const texts = realChineseReviews(400).map((r) => r.text);
    const variants = texts.flatMap((t) => [t, `${t}。`, t.slice(1)]);
    const distinct = new Set(variants);
    expect(new Set(variants.map((t) => contentKey('tmall', t))).size).toBe(distinct.size);
  });

  it('keeps the keys earlier imports stored, so re-importing their files adds nothing', () => {
    // Keys computed by the first release (which hashed the joined parts) for a real review.
    const text = realChineseReviews(1)[0].text;
    expect(timeOrderedKey('2024-05-01T02:06:00.000Z', 'tmall', 'P1', null, text)).toBe('20240501020600-7845f3294dddc5c872c9e62b');
    expect(contentKey('a', 5, undefined, 'b')).toBe('04eac7b8af0a33b715745d73');
  });

  it('orders time-keyed rows by their time', () => {
    const key = timeOrderedKey('2024-05-01T02:06:00.000Z', 'tmall', '好');
    expect(key).toMatch(/^20240501020600-[0-9a-f]{24}$/);
    expect(key < timeOrderedKey('2024-05-01T02:06:01.000Z', 'tmall', '差')).toBe(true);
    expect(key).not.toBe(timeOrderedKey('2024-05-01T02:06:00.000Z', 'tmall', '差'));
  });
});

describe('recordPrint', () => {
  it('tells real reviews that share an identity but differ in one character or one field apart', () => {
    const records = realChineseReviews(400).flatMap((r) => [
      { id: 'R1', text: r.text, category: r.category, rating: 5 },
      { id: 'R1', text: `${r.text}。`, category: r.category, rating: 5 },
      { id: 'R1', text: r.text, category: r.category, rating: 4 },
    ]);
    const distinct = new Set(records.map((r) => JSON.stringify(r)));
    expect(new Set(records.map(recordPrint)).size).toBe(distinct.size);
    expect(recordPrint({ a: 'x', b: null })).toBe(recordPrint({ a: 'x', b: '' }));
    expect(recordPrint({ a: 'ab', b: 'c' })).not.toBe(recordPrint({ a: 'a', b: 'bc' }));
    expect(recordPrint({ lines: [{ sku: 'A', quantity: 1 }] })).not.toBe(recordPrint({ lines: [{ sku: 'A', quantity: 2 }] }));
  });
});
