import { describe, expect, it } from 'vitest';
import { findBannedClaims } from './banned-claims.js';
import { IMAGE_TEXT_LIMITS, imageCopies } from './image-copy.js';

const BOX = { id: 'P-BOX-L', name: '最强加厚透明收纳箱 60L', category: '收纳箱', attributes: { 材质: 'PP', 容量: '60L', 颜色: '透明' } };

describe('picture copy', () => {
  it('answers a complaint only with a fact the product states, and drops complaints nothing answers', () => {
    const [first] = imageCopies(BOX, [{ label: '塑料味', reviews: 40 }, { label: '物流太慢', reviews: 30 }], 1);
    const all = [first!.poster.title, ...first!.poster.points, first!.cover.hook, first!.cover.subline].join('\n');
    expect(all).not.toContain('物流');
    expect(first!.poster.points.some((p) => p.includes('PP'))).toBe(true);
  });

  it('makes up to four different angles, every line within its template limit and free of 广告法 words', () => {
    const copies = imageCopies(BOX, [{ label: '塑料味', reviews: 40 }], 4);
    expect(copies.map((c) => c.angle)).toEqual(['痛点', '参数', '场景', '清单']);
    expect(new Set(copies.map((c) => c.cover.hook)).size).toBe(4);
    for (const copy of copies) {
      const lines = [copy.poster.title, ...copy.poster.points, copy.cover.hook, copy.cover.subline, ...copy.cover.tags];
      expect(findBannedClaims(lines.join('\n'))).toEqual([]);
      expect([...copy.poster.title].length).toBeLessThanOrEqual(IMAGE_TEXT_LIMITS.title);
      for (const point of copy.poster.points) expect([...point].length).toBeLessThanOrEqual(IMAGE_TEXT_LIMITS.point);
      expect([...copy.cover.hook].length).toBeLessThanOrEqual(IMAGE_TEXT_LIMITS.hook);
      for (const tag of copy.cover.tags) expect([...tag].length).toBeLessThanOrEqual(IMAGE_TEXT_LIMITS.tag);
    }
  });
});
