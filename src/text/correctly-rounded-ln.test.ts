import { describe, expect, it } from 'vitest';
import { correctlyRoundedLn } from './correctly-rounded-ln.js';

describe('correctlyRoundedLn', () => {
  it('matches 40-digit logarithms rounded to double where Math.log is an ulp off', () => {
    // Python: float(Decimal(n).ln()) with getcontext().prec = 40; 60205505 is the dictionaries' total.
    const reference: [number, number][] = [
      [3, 1.0986122886681098],
      [48, 3.871201010907891],
      [74, 4.30406509320417],
      [185, 5.220355825078324],
      [196, 5.278114659230517],
      [299, 5.700443573390687],
      [60205505, 17.91327435128092],
    ];
    for (const [n, ln] of reference) expect(correctlyRoundedLn(n)).toBe(ln);
    expect(reference.filter(([n, ln]) => Math.log(n) !== ln).length).toBeGreaterThan(0); // Math.log alone would not do
  });

  it('is within an ulp of Math.log, exact at 1 and a power of two, and -Infinity at 0', () => {
    for (let n = 1; n < 200_000; n += 7) {
      const ln = correctlyRoundedLn(n);
      expect(Math.abs(ln - Math.log(n))).toBeLessThanOrEqual(Number.EPSILON * Math.max(1, ln));
    }
    expect(correctlyRoundedLn(1)).toBe(0);
    expect(correctlyRoundedLn(2 ** 40)).toBe(40 * Math.LN2);
    expect(correctlyRoundedLn(0)).toBe(-Infinity);
    expect(() => correctlyRoundedLn(1.5)).toThrow(RangeError);
  });
});
