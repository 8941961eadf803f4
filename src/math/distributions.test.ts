import { describe, expect, it } from 'vitest';
import { binomialUpperTail, chiSquare1UpperTail, chiSquareUpperTail, normalUpperTail } from './distributions.js';

function exactBinomialUpperTail(k: number, n: number, p: number): number {
  let total = 0;
  for (let i = k; i <= n; i++) {
    let logChoose = 0;
    for (let j = 1; j <= i; j++) logChoose += Math.log((n - i + j) / j);
    total += Math.exp(logChoose + i * Math.log(p) + (n - i) * Math.log1p(-p));
  }
  return total;
}

describe('tail probabilities', () => {
  it('binomial tail matches the exact sum', () => {
    for (const [k, n, p] of [[3, 10, 0.1], [12, 40, 0.25], [30, 30, 0.5], [1, 5, 0.3], [45, 200, 0.15]]) {
      expect(binomialUpperTail(k, n, p)).toBeCloseTo(exactBinomialUpperTail(k, n, p), 10);
    }
  });

  it('normal and chi-square tails match tabled values', () => {
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 6);
    expect(normalUpperTail(-1)).toBeCloseTo(0.841345, 6);
    expect(chiSquare1UpperTail(3.841459)).toBeCloseTo(0.05, 6);
    // χ²₁₂ at 21.026 is the tabled 5 % point; Wilson-Hilferty is good to about 1e-3 there.
    expect(chiSquareUpperTail(21.026, 12)).toBeCloseTo(0.05, 3);
  });
});
