import { describe, expect, it } from 'vitest';
import { poissonLowerTail, substituteTest, type NamedGroups } from './substitutes.js';

const reviews = (count: number, stratum: string, ...groups: string[]): NamedGroups[] =>
  Array.from({ length: count }, () => ({ stratum, groups: new Set(groups) }));

describe('poissonLowerTail', () => {
  it('matches the closed forms', () => {
    expect(poissonLowerTail(0, 3)).toBeCloseTo(Math.exp(-3), 12);
    expect(poissonLowerTail(2, 1)).toBeCloseTo(2.5 * Math.exp(-1), 12);
    expect(poissonLowerTail(0, 0)).toBe(1);
  });

  it('stays right where e^-mean underflows: an overlap as expected is no evidence', () => {
    expect(poissonLowerTail(800, 800)).toBeGreaterThan(0.5);
    expect(poissonLowerTail(700, 800)).toBeLessThan(1e-3);
  });
});

describe('substituteTest', () => {
  it('calls two names substitutes when reviews use one or the other, far less often both than chance', () => {
    // 20 + 20 of 50 reviews: independence predicts 8 naming both; none do.
    const test = substituteTest([...reviews(20, 'P1', '拉杆'), ...reviews(20, 'P1', '把手'), ...reviews(10, 'P1', '轮子')]);
    expect(test(['拉杆'], ['把手'])).toBe(true);
    // Clusters are compared as wholes: 拉杆 or 把手 against 轮子, which no review names with either.
    expect(test(['拉杆', '把手'], ['轮子'])).toBe(true);
  });

  it('does not when the two are named side by side, or too rarely to tell', () => {
    const sideBySide = substituteTest([...reviews(20, 'P1', '送货', '反应'), ...reviews(20, 'P1', '送货'), ...reviews(10, 'P1', '反应')]);
    expect(sideBySide(['送货'], ['反应'])).toBe(false);
    // 3 + 3 of 50: independence predicts 0.18 reviews naming both, so none naming both proves nothing.
    const rare = substituteTest([...reviews(3, 'P1', '裤腿'), ...reviews(3, 'P1', '裤脚'), ...reviews(44, 'P1', '面料')]);
    expect(rare(['裤腿'], ['裤脚'])).toBe(false);
  });

  it('compares within strata: names on different products never meet and are no evidence', () => {
    const test = substituteTest([...reviews(20, 'P1', '拉杆'), ...reviews(5, 'P1', '轮子'), ...reviews(20, 'P2', '把手'), ...reviews(5, 'P2', '轮子')]);
    expect(test(['拉杆'], ['把手'])).toBe(false);
    // Pooled into one stratum, the same reviews would look like substitutes.
    const pooled = substituteTest([...reviews(20, '', '拉杆'), ...reviews(5, '', '轮子'), ...reviews(20, '', '把手'), ...reviews(5, '', '轮子')]);
    expect(pooled(['拉杆'], ['把手'])).toBe(true);
  });
});
