import { describe, expect, it } from 'vitest';
import { clauseSpans, splitClauses } from './clauses.js';
import { chineseReviews } from '../ingest/corpora.js';
import { spreadSample } from './testing.js';

describe('splitClauses', () => {
  it('splits on punctuation of both widths, spaces between Chinese, and contrast words', () => {
    expect(splitClauses('外观好看但是拉杆太松，3.5寸的屏幕！！很好 物流快')).toEqual([
      '外观好看', '但是拉杆太松', '3.5寸的屏幕', '很好', '物流快',
    ]);
  });

  it('keeps enumerations together and English words joined', () => {
    expect(splitClauses('外观、做工都不错~~')).toEqual(['外观、做工都不错']);
    expect(splitClauses('颜色没有错只不过不知道真假')).toEqual(['颜色没有错只不过不知道真假']);
    expect(splitClauses('拉杆角度是死不能调不过很结实')).toEqual(['拉杆角度是死不能调', '不过很结实']);
    for (const whole of ['再好不过了', '逃不过你的眼睛', '吃着不过瘾', '价格说不过去']) expect(splitClauses(whole)).toEqual([whole]);
    expect(splitClauses('Great box, but the lid cracked. Version 1.2 is ok')).toEqual([
      'Great box', 'but the lid cracked', 'Version 1.2 is ok',
    ]);
  });

  it('drops punctuation-only pieces', () => {
    expect(splitClauses('……，，!!')).toEqual([]);
  });

  it('gives spans that quote the original and never overlap, on real reviews', () => {
    for (const { text } of spreadSample(chineseReviews(), 300)) {
      const spans = clauseSpans(text);
      spans.forEach((span, i) => {
        expect(span.end).toBeGreaterThan(span.start);
        if (i > 0) expect(span.start).toBeGreaterThan(spans[i - 1].end - 1);
      });
      expect(splitClauses(text).join('').length).toBeLessThanOrEqual(text.length);
    }
  });
});
