import { describe, expect, it } from 'vitest';
import { median, medianOfSorted, percentileOfSorted } from './summary.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median(Float64Array.of(-2, 10))).toBe(4);
  });

  it('leaves the caller’s values in their order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('gives NaN for no values unless the caller names an answer', () => {
    expect(median([])).toBeNaN();
    expect(median([], 0)).toBe(0);
    expect(medianOfSorted([])).toBeNaN();
  });
});

describe('percentileOfSorted', () => {
  it('interpolates like R type 7 / numpy.percentile', () => {
    // numpy.percentile([1, 2, 3, 4, 10], [10, 90]) = [1.4, 7.6]
    expect(percentileOfSorted([1, 2, 3, 4, 10], 0.1)).toBeCloseTo(1.4, 12);
    expect(percentileOfSorted([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 12);
  });
});
