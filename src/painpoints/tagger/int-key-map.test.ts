import { describe, expect, it } from 'vitest';
import { IntKeyMap } from './int-key-map.js';

describe('IntKeyMap', () => {
  it('keeps every int32 key, negative ones too, through growth, and answers -1 for a missing key', () => {
    const map = new IntKeyMap();
    const keys = Array.from({ length: 5000 }, (_, i) => ((0x9fff - i) << 16) | (i * 7));
    keys.forEach((key, i) => map.set(key, i));
    keys.forEach((key, i) => expect(map.get(key)).toBe(i));
    expect(map.get(12345)).toBe(-1);
    expect([...map.entries()]).toHaveLength(keys.length);
  });
});
