import { describe, expect, it } from 'vitest';
import { degreeOf, negatedWords } from './modifiers.js';

describe('negatedWords', () => {
  it('negates the words after a negator, through degree words, within its scope', () => {
    // 不 是 很 结实 → 结实 negated; the degree word 很 does not use up the scope
    expect(negatedWords(['不', '是', '很', '结实'])).toEqual([false, true, true, true]);
    expect(negatedWords(['没有', '异味', '包装', '完好', '物流', '快'])).toEqual([false, true, true, true, false, false]);
  });

  it('cancels a double negation', () => {
    expect(negatedWords(['不是', '不', '好'])).toEqual([false, false, false]);
  });
});

describe('degreeOf', () => {
  it('ranks strong, plain and weak intensifiers', () => {
    expect(degreeOf('非常')).toBeGreaterThan(degreeOf('很'));
    expect(degreeOf('很')).toBeGreaterThan(degreeOf('有点'));
    expect(degreeOf('拉杆')).toBe(1);
  });
});
