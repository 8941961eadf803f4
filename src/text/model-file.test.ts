import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from './model-file.js';

describe('model file', () => {
  it('round-trips weights within the int16 step and keeps bias and size', () => {
    const bits = 12;
    const weights = Float64Array.from({ length: 1 << bits }, (_, i) => Math.sin(i) * (i % 7 === 0 ? 0 : 3));
    const decoded = decodeModel(encodeModel({ bits, bias: -0.25, weights }));
    expect(decoded.bits).toBe(bits);
    expect(decoded.bias).toBe(-0.25);
    const step = 3 / 32767;
    for (let i = 0; i < weights.length; i++) expect(Math.abs(decoded.weights[i] * decoded.scale - weights[i])).toBeLessThanOrEqual(step);
  });

  it('refuses a file whose weights do not fill its table', () => {
    const file = encodeModel({ bits: 4, bias: 0, weights: new Float64Array(8) });
    expect(() => decodeModel(file)).toThrow(/expected 2\^4/);
  });
});
