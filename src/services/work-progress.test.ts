import { describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import { analysisRunning, noteWork, paceOf, workInProgress } from './work-progress.js';

describe('pace of background work', () => {
  it('gives percent, rate and the time left in proportion to what is done', () => {
    // 2,500 of 10,000 reviews in 5 s: 500/s, a quarter done, three times as long still to go.
    expect(paceOf(2_500, 10_000, 5_000)).toEqual({ percent: 25, perSecond: 500, etaSeconds: 15 });
    // Bytes done, rows counted: the rate is in rows, the time left follows the bytes.
    expect(paceOf(50, 200, 2_000, 1_000)).toEqual({ percent: 25, perSecond: 500, etaSeconds: 6 });
    expect(paceOf(0, 10_000, 5_000)).toMatchObject({ percent: 0, etaSeconds: null });
    expect(paceOf(10, null, 1_000)).toEqual({ percent: null, perSecond: 10, etaSeconds: null });
    expect(paceOf(0, 0, 0)).toEqual({ percent: 100, perSecond: 0, etaSeconds: 0 });
  });

  it('lists a merchant’s running work until it ends, and only theirs', () => {
    const store = {} as Store;
    const analysis = noteWork(store, 'a', 'analysis', '');
    const upload = noteWork(store, 'a', 'import', '评价.csv');
    analysis.update(500, 2_000);
    expect(workInProgress(store, 'a')).toMatchObject([{ kind: 'analysis', done: 500, total: 2_000, percent: 25 }, { kind: 'import', label: '评价.csv', total: null }]);
    expect(analysisRunning(store, 'a')).toBe(true);
    expect(workInProgress(store, 'b')).toEqual([]);
    analysis.end();
    expect(analysisRunning(store, 'a')).toBe(false);
    upload.end();
    expect(workInProgress(store, 'a')).toEqual([]);
  });
});
