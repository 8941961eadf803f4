import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { chineseReviews, englishReviews } from '../ingest/corpora.js';

describe('detectLanguage', () => {
  it('tells the Chinese and English corpora apart', () => {
    const zh = chineseReviews().filter((r) => detectLanguage(r.text) === 'zh').length / chineseReviews().length;
    const en = englishReviews().filter((r) => detectLanguage(r.text) === 'en').length / englishReviews().length;
    expect(zh).toBeGreaterThan(0.995);
    expect(en).toBeGreaterThan(0.999);
  });

  it('reads mixed text by weight of script', () => {
    expect(detectLanguage('iPhone屏幕很清楚')).toBe('zh');
    expect(detectLanguage('Great storage box, 很好')).toBe('en');
    expect(detectLanguage('👍👍 100')).toBe('zh');
  });
});
