import { describe, expect, it } from 'vitest';
import { foldRelated } from './fold-related.js';
import type { TrendSignal } from '../domain/trends.js';

const item = (kind: TrendSignal['kind'], key: string, evidence: string[]): TrendSignal => ({
  kind, key, evidence, growth: 1, pValue: 0.001, qValue: 0.01, test: 'rate', emerging: false,
  recent: 10, baseline: 5, senSlope: 0, sparkline: [], related: [],
});

describe('folding words of the same complaint', () => {
  it('attaches a word to the item above it when they come from the same reviews', () => {
    const complaint = ['review:1', 'review:2', 'review:3', 'review:4', 'review:5'];
    const folded = foldRelated([
      item('painpoint', '拉杆', complaint),
      item('term', '角度', complaint),
      item('term', '弯腰', ['review:1', 'review:2', 'review:3', 'review:4', 'review:9']),
      item('term', '异味', ['review:6', 'review:7', 'review:8']),
      item('keyword', '可调节拉杆露营车', []),
    ]);
    expect(folded.map((f) => f.key)).toEqual(['拉杆', '异味', '可调节拉杆露营车']);
    expect(folded[0].related).toEqual(['角度', '弯腰']);
    expect(folded[1].related).toEqual([]);
  });

  it('never folds pain points or products, nor words with too few quotes', () => {
    const two = ['review:1', 'review:2'];
    const three = ['review:1', 'review:2', 'review:3'];
    const folded = foldRelated([item('term', '拉杆', three), item('painpoint', '拉杆', three), item('term', '角度', two)]);
    expect(folded).toHaveLength(3);
  });
});
