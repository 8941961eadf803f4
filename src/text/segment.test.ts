import { describe, expect, it } from 'vitest';
import { normalizeForAnalysis } from './normalize.js';
import { cut, segment } from './segment.js';
import { chineseReviews } from '../ingest/corpora.js';
import { spreadSample } from './testing.js';

describe('segment', () => {
  it('keeps product terms from the user dictionary whole, with POS tags', () => {
    const words = segment('露营车的拉杆角度不能调，收纳箱盒盖卡扣也松');
    expect(words.map((w) => w.word)).toEqual(expect.arrayContaining(['露营车', '拉杆', '收纳箱', '盒盖', '卡扣']));
    expect(words.find((w) => w.word === '拉杆')?.tag).toBe('n');
  });

  it('cuts real reviews into words that put back together give the text, so word offsets are exact', () => {
    for (const { text } of spreadSample(chineseReviews(), 500)) {
      const normalized = normalizeForAnalysis(text);
      expect(cut(normalized).join('')).toBe(normalized);
    }
  });
});
