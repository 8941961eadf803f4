import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { normalizeForAnalysis } from './normalize.js';
import { chineseReviews } from '../ingest/corpora.js';
import { spreadSample } from './testing.js';

describe('normalizeForAnalysis', () => {
  it('folds full-width letters, digits, punctuation and the ideographic space; lower-cases Latin', () => {
    expect(normalizeForAnalysis('ＡＢＣ１２３，ＯＫ！　iPhone')).toBe('abc123,ok! iphone');
  });

  it('keeps every other code unit, lone surrogates too, in texts of any length', () => {
    expect(normalizeForAnalysis('好\ud83d，')).toBe('好\ud83d,');
    const long = `${'很好，'.repeat(7000)}ＯＫ`;
    expect(normalizeForAnalysis(long)).toBe(`${'很好,'.repeat(7000)}ok`);
  });

  it('turns traditional reviews back into the simplified text they came from', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const sample = spreadSample(chineseReviews(), 500).map((r) => r.text);
    const traditional = sample.map((text) => toTraditional(text));
    expect(traditional.filter((t, i) => t !== sample[i]).length).toBeGreaterThan(450); // the test really converts
    const recovered = traditional.filter((t, i) => normalizeForAnalysis(t) === normalizeForAnalysis(sample[i]));
    // A few characters are ambiguous one way (乾/干, 覆/复 …); nearly every review must come back.
    expect(recovered.length / sample.length).toBeGreaterThan(0.97);
  });

  it('leaves simplified reviews alone apart from width and case', () => {
    const sample = spreadSample(chineseReviews(), 2000).map((r) => r.text);
    const changedBeyondWidth = sample.filter((t) => normalizeForAnalysis(t).length !== t.length);
    expect(changedBeyondWidth).toEqual([]);
    expect(normalizeForAnalysis('这个收纳箱盖子太松了')).toBe('这个收纳箱盖子太松了');
    // OpenCC run on simplified text would write 么 as 幺 and 覆盖 as 复盖; the fast path never does.
    expect(normalizeForAnalysis('怎么会覆盖')).toBe('怎么会覆盖');
  });

  it('converts traditional phrases, not just characters', () => {
    expect(normalizeForAnalysis('這個收納箱質量很差，頭髮都夾住了')).toBe('这个收纳箱质量很差,头发都夹住了');
  });
});

describe('normalizeForAnalysis with emoji', () => {
  it('keeps emoji and does not send simplified text with emoji through OpenCC', () => {
    // OpenCC would read the lone 么 as 幺 ("有野性幺?")
    expect(normalizeForAnalysis('有野性么？👍')).toBe('有野性么?👍');
    expect(normalizeForAnalysis('這個👍')).toBe('这个👍');
  });
});
