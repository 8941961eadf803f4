import { describe, expect, it } from 'vitest';
import { readGoldClauses } from '../../ingest/gold-clauses.js';
import { GOLD_HELD_OUT_SHARE, goldReviewOf, locateLabels, parseGoldClauses, splitGoldClauses } from './gold-clauses.js';

const clauses = readGoldClauses();
const mined = clauses.filter((c) => c.source === 'online_shopping_10_cats');

describe('hand-labelled negative clauses (gold/absa-negative)', () => {
  it('holds at least 1,500 mined clauses from at least 8 categories, and the written trolley/storage/stationery/toy ones', () => {
    expect(mined.length).toBeGreaterThanOrEqual(1500);
    const perCategory = new Map<string, number>();
    for (const c of mined) perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
    expect(perCategory.size).toBeGreaterThanOrEqual(8);
    // Roughly balanced: 热水器 has only 100 negative reviews in all, the rest at least 150 each.
    for (const [category, n] of perCategory) expect(n, category).toBeGreaterThanOrEqual(category === '热水器' ? 100 : 150);
    const written = clauses.filter((c) => c.source === 'written');
    expect(written.length).toBeGreaterThanOrEqual(100);
    expect(new Set(written.map((c) => c.category))).toEqual(new Set(['拉杆车', '收纳箱', '文具', '玩具']));
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
  });

  it('labels mostly complaints, each with a theme, and keeps compound aspects whole', () => {
    const labels = clauses.flatMap((c) => c.labels);
    expect(labels.filter((l) => l.polarity === 'negative').length / labels.length).toBeGreaterThan(0.8);
    const trolley = clauses.find((c) => c.text === '把手角度不能调');
    expect(trolley?.labels.map((l) => [l.aspect?.text, l.opinion.text, l.polarity])).toEqual([['把手角度', '不能调', 'negative']]);
  });

  it('holds out a fixed share of every category, whatever the order of the rows', () => {
    const { train, test } = splitGoldClauses(clauses);
    expect(train.length + test.length).toBe(clauses.length);
    expect(test.length / clauses.length).toBeGreaterThan(GOLD_HELD_OUT_SHARE - 0.05);
    expect(test.length / clauses.length).toBeLessThan(GOLD_HELD_OUT_SHARE + 0.05);
    for (const category of new Set(mined.map((c) => c.category))) {
      expect(test.some((c) => c.category === category), category).toBe(true);
    }
    expect(splitGoldClauses([...clauses].reverse()).test.map((c) => c.id).sort()).toEqual(test.map((c) => c.id).sort());
  });

  it('turns written labels into spans: the opinion after its aspect, implicit aspects, polarity marks', () => {
    const labels = locateLabels('不好用，拉杆高度不能调，颜色+还行', '拉杆高度>不能调>拉杆高度不能调;_>不好用>不好用;颜色>+还行>颜色还行');
    expect(labels).toEqual([
      { aspect: { text: '拉杆高度', start: 4, end: 8 }, opinion: { text: '不能调', start: 8, end: 11 }, polarity: 'negative', theme: '拉杆高度不能调' },
      { aspect: null, opinion: { text: '不好用', start: 0, end: 3 }, polarity: 'negative', theme: '不好用' },
      { aspect: { text: '颜色', start: 12, end: 14 }, opinion: { text: '还行', start: 15, end: 17 }, polarity: 'positive', theme: '颜色还行' },
    ]);
    expect(() => locateLabels('轮子太小', '轮子>太大>轮子太大')).toThrow('太大');
    expect(() => locateLabels('轮子太小', '轮子>太小')).toThrow('aspect>opinion>theme');
  });

  it('rejects a row whose span is not where it says, naming the line', () => {
    const row = { id: 'x-1-0', category: '衣服', source: 'online_shopping_10_cats', text: '袖子太长', labels: [
      { aspect: { text: '袖子', start: 1, end: 3 }, opinion: { text: '太长', start: 2, end: 4 }, polarity: 'negative', theme: '袖子太长' },
    ] };
    expect(() => parseGoldClauses(`\n${JSON.stringify(row)}\n`, '衣服.jsonl')).toThrow('衣服.jsonl:2');
    expect(goldReviewOf(clauses[0]).labels).toHaveLength(clauses[0].labels.length);
  });
});
