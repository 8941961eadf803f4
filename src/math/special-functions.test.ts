import { describe, expect, it } from 'vitest';
import { digamma, logAddExp, logBeta, logGamma, logHyp2f1 } from './special-functions.js';

describe('logGamma', () => {
  it('matches log factorials and half-integer values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 10);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });

  it('stays accurate near zero and far beyond where Γ overflows (references from mpmath)', () => {
    expect(logGamma(0.1)).toBeCloseTo(2.2527126517342059, 11);
    expect(logGamma(171.5)).toBeCloseTo(709.14316303092824, 8);
    expect(logGamma(1e5) / 1051287.7089736569).toBeCloseTo(1, 12);
  });

  it('gives ln B through Γ', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 12);
  });
});

describe('logAddExp', () => {
  it('adds huge exponents without overflow', () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-Infinity, 3)).toBe(3);
  });
});

describe('logHyp2f1', () => {
  it('reproduces closed forms', () => {
    const z = 0.8;
    expect(logHyp2f1(1, 1, 2, z).logAbs).toBeCloseTo(Math.log(-Math.log(1 - z) / z), 12);
    expect(logHyp2f1(2.5, 1.7, 1.7, 0.3).logAbs).toBeCloseTo(-2.5 * Math.log(0.7), 12);
  });

  it('matches mpmath on BG/NBD-shaped arguments, including heavy buyers where 2F1 itself overflows', () => {
    expect(logHyp2f1(0.5, 0.7, 1.9, 0.3).logAbs).toBeCloseTo(0.0621609699892918, 12);
    expect(logHyp2f1(50.243, 52.426, 52.219, 0.9).logAbs).toBeCloseTo(116.15819564822649, 9);
    expect(logHyp2f1(200.243, 202.426, 202.219, 0.6).logAbs).toBeCloseTo(183.66925857321237, 9);
    expect(logHyp2f1(3.2, 1.5, 2.2, 0.97).logAbs).toBeCloseTo(8.3973053962128375, 9);
  });

  it('keeps the sign when c < 0 makes the function negative', () => {
    // Reference from mpmath: 2F1(1, 1; -0.5; 0.3) = -1.10513664356242
    const value = logHyp2f1(1, 1, -0.5, 0.3);
    expect(value.sign).toBe(-1);
    expect(value.logAbs).toBeCloseTo(Math.log(1.10513664356242), 9);
  });

  it('refuses z outside [0, 1)', () => {
    expect(() => logHyp2f1(1, 1, 2, 1)).toThrow(RangeError);
  });
});

describe('digamma', () => {
  it('matches mpmath from near zero to large arguments', () => {
    expect(digamma(0.001)).toBeCloseTo(-1000.57557193181, 9);
    expect(digamma(0.243)).toBeCloseTo(-4.35109386442321, 12);
    expect(digamma(1)).toBeCloseTo(-0.577215664901533, 12);
    expect(digamma(7.3)).toBeCloseTo(1.91782033563799, 12);
    expect(digamma(1000.5)).toBeCloseTo(6.9077553206488, 12);
  });
});
