import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { bgnbdLikelihoodWithGradient } from './bgnbd.js';
import { dayNumber, summariseBuyers } from './buyer-history.js';
import { parseCdnow } from './cdnow.js';
import { gammaGammaLikelihoodWithGradient } from './gamma-gamma.js';
import { groupRepeatPurchases, groupRepeatSpend } from './sufficient-statistics.js';

describe('likelihood gradients on the CDNOW sample', () => {
  const histories = summariseBuyers(parseCdnow(readFileSync(sharedData.cdnowSample, 'utf8')), {
    calibrationEndDay: dayNumber('1997-09-30'),
    observationEndDay: dayNumber('1997-09-30'),
    unitDays: 7,
  });
  const step = 1e-6;
  const central = (f: (p: number[]) => number, p: number[], i: number) => {
    const up = p.slice();
    const down = p.slice();
    up[i] += step;
    down[i] -= step;
    return (f(up) - f(down)) / (2 * step);
  };

  it('BG/NBD: analytic gradient matches central differences', () => {
    const groups = groupRepeatPurchases(histories);
    const at = [0.3, 5, 0.9, 2.1];
    const toParams = (p: number[]) => ({ r: p[0], alpha: p[1], a: p[2], b: p[3] });
    const { gradient } = bgnbdLikelihoodWithGradient(toParams(at), groups);
    for (let i = 0; i < 4; i++) {
      const numeric = central((p) => bgnbdLikelihoodWithGradient(toParams(p), groups).value, at, i);
      expect(gradient[i] / numeric).toBeCloseTo(1, 5);
    }
  });

  it('Gamma-Gamma: analytic gradient matches central differences', () => {
    const groups = groupRepeatSpend(histories);
    const at = [5, 3, 12];
    const toParams = (p: number[]) => ({ p: p[0], q: p[1], v: p[2] });
    const { gradient } = gammaGammaLikelihoodWithGradient(toParams(at), groups);
    for (let i = 0; i < 3; i++) {
      const numeric = central((p) => gammaGammaLikelihoodWithGradient(toParams(p), groups).value, at, i);
      expect(gradient[i] / numeric).toBeCloseTo(1, 5);
    }
  });
});
