import { describe, expect, it } from 'vitest';
import { SeriesIndex } from './series-index.js';

describe('series index', () => {
  it('gives each (kind, key) one dense id, whatever the key looks like', () => {
    const index = new SeriesIndex();
    const keys = ['盖子', '__proto__', 'constructor', 'toString', '123', '0', ''];
    const ids = keys.map((key) => index.idOf('term', key));
    expect(ids).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(keys.map((key) => index.idOf('term', key))).toEqual(ids);
    expect(index.idOf('product', '盖子')).toBe(7);
    expect(index.find('term', 'hasOwnProperty')).toBeUndefined();
    expect(index.find('aspect', '盖子')).toBeUndefined();
    expect(index.kinds[7]).toBe('product');
    expect(index.keys[1]).toBe('__proto__');
  });
});
