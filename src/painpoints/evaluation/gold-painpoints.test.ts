import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedData } from '../../ingest/shared-data.js';
import { goldSetSchema, scoreAgainstGold, type GoldTheme } from './gold-painpoints.js';
import { judgeGoldSet } from './gold-judge.js';

const theme = (name: string, reviews: string[]): GoldTheme => ({
  code: name, name, part: name, count: reviews.length, heldOutCount: reviews.length, reviews,
});
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('judging top pain points against a hand-read gold list', () => {
  const height = theme('拉杆高度不能调', ids('h', 4));
  const angle = theme('拉杆角度不能调', ids('a', 4));
  const wheels = theme('轮子太小', ids('w', 3));
  const scored = new Set([...ids('h', 4), ...ids('a', 4), ...ids('w', 3), 'x0', 'x1', 'x2']);

  it('counts a pain point that lumps height and angle together as a merged pair, not a find', () => {
    const result = scoreAgainstGold(
      [{ label: '拉杆不能调', reviewIds: [...ids('h', 4), ...ids('a', 3)] }, { label: '轮子太小', reviewIds: ids('w', 3) }],
      [height, angle, wheels],
      scored,
      10,
    );
    expect(result.mergedGoldPairs).toBe(1);
    expect(result.verdicts[0]).toMatchObject({ theme: '拉杆高度不能调', mergedWith: ['拉杆角度不能调'], correct: false });
    expect(result.found).toEqual(['轮子太小']);
    expect(result.recall).toBeCloseTo(1 / 3);
    expect(result.precision).toBeCloseTo(1 / 2);
  });

  it('finds every theme when each pain point counts one theme, and ignores what is outside the top k', () => {
    const painPoints = [
      { label: '拉杆角度不能调', reviewIds: ids('a', 4) },
      { label: '拉杆高度不能调', reviewIds: [...ids('h', 3), 'x0'] },
      { label: '轮子太小', reviewIds: ids('w', 2) },
    ];
    expect(scoreAgainstGold(painPoints, [height, angle, wheels], scored, 3)).toMatchObject({ recall: 1, precision: 1, mergedGoldPairs: 0 });
    expect(scoreAgainstGold(painPoints, [height, angle, wheels], scored, 2).recall).toBeCloseTo(2 / 3);
  });

  it('calls a pain point counting mostly reviews with no gold complaint wrong (不了, 整体)', () => {
    const result = scoreAgainstGold([{ label: '不了', reviewIds: ['x0', 'x1', 'x2', 'a0', 'a1'] }], [angle], scored, 10);
    expect(result.verdicts[0]).toMatchObject({ theme: null, correct: false });
    expect(result.precision).toBe(0);
  });

  it('scores only the reviews in the scored part: themes too small there are not expected', () => {
    const heldOut = new Set(['a0', 'a1', 'h0', 'h1', 'h2']);
    const result = scoreAgainstGold([{ label: '拉杆高度不能调', reviewIds: ids('h', 4) }], [height, angle], heldOut, 10);
    expect(result.expected).toEqual([{ name: '拉杆高度不能调', reviews: 3 }]);
    expect(result.recall).toBe(1);
  });
});

describe.runIf(hasSharedData())('the committed gold files', () => {
  const dir = new URL('../../../gold/painpoints/', import.meta.url);
  const rows = (parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).filter(
    (r) => r.review,
  );
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(files)('%s: 200+ reviews read, every theme review among them, labels as in the corpus', (file) => {
    const gold = goldSetSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    const read = new Map(gold.reviews.map((r) => [r.id, r]));
    expect(read.size).toBeGreaterThanOrEqual(200);
    for (const r of gold.reviews) expect(rows[Number(r.id.slice(3))].label === '0').toBe(r.negative);
    for (const t of gold.themes) {
      expect(t.reviews.every((id) => read.has(id))).toBe(true);
      expect(new Set(t.reviews).size).toBe(t.count);
      expect(t.reviews.filter((id) => read.get(id)!.heldOut).length).toBe(t.heldOutCount);
    }
    const heldOut = gold.reviews.filter((r) => r.heldOut).length;
    expect(heldOut / gold.reviews.length).toBeGreaterThan(0.35);
    expect(heldOut / gold.reviews.length).toBeLessThan(0.65);
  });
});

describe.runIf(hasSharedData())('pain points on the held-out gold reviews', () => {
  const dir = new URL('../../../gold/painpoints/', import.meta.url);
  const rows = (parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).filter(
    (r) => r.review,
  );
  const rowOf = (id: string) => ({ text: rows[Number(id.slice(3))].review, category: rows[Number(id.slice(3))].cat });
  const sets = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => goldSetSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));

  it('are more often one true complaint when they are complaints than when they are parts', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const asComplaints = sets.map((g) => judgeGoldSet(g, rowOf, 10, 'complaint'));
    const asParts = sets.map((g) => judgeGoldSet(g, rowOf, 10, 'part'));
    // Parts lump complaints (服务 = 态度差 + 办理慢) and rank verdicts (使用体验 | 没有) as pain points.
    expect(mean(asComplaints.map((r) => r.precision))).toBeGreaterThan(mean(asParts.map((r) => r.precision)) + 0.1);
    expect(mean(asComplaints.map((r) => r.recall))).toBeGreaterThanOrEqual(mean(asParts.map((r) => r.recall)));
    // No pain point is named by a bare fragment.
    const labels = asComplaints.flatMap((r) => r.verdicts.map((v) => v.label));
    expect(labels.filter((l) => ['不了', '整体', '没有', '怎么'].includes(l))).toEqual([]);
  }, 120_000);
});
