import { describe, expect, it } from 'vitest';
import { chineseReviews } from '../../ingest/corpora.js';
import { analyseReview } from '../tagger/review-analysis.js';
import { extractionMessages, readModelAnswer, withModelPairs } from './model-answer.js';
import { clauseKey, unsureClauses } from './unsure-clauses.js';

/** Complaints from the public online_shopping set, a few of each category. */
const complaints = () => {
  const perCategory = new Map<string, number>();
  return chineseReviews().filter((r) => {
    if (r.positive) return false;
    const seen = perCategory.get(r.category) ?? 0;
    perCategory.set(r.category, seen + 1);
    return seen < 10;
  });
};

describe('clauses the offline tagger is unsure about', () => {
  it('are negative clauses with no pair, or complaints with no aspect written, each once', () => {
    let unsure = 0;
    for (const { text } of complaints()) {
      const analysis = analyseReview(text);
      const clauses = unsureClauses(analysis);
      unsure += clauses.length;
      expect(new Set(clauses.map((c) => c.key)).size).toBe(clauses.length);
      for (const { key, clause } of clauses) {
        expect(key).toBe(clauseKey(clause));
        const triples = analysis.aspects.filter((t) => t.clause === clause);
        const negativeUnpaired = analysis.sentiment.clauses.some((c) => c.clause === clause && c.label === 'negative') && triples.length === 0;
        expect(negativeUnpaired || triples.some((t) => t.polarity !== 'positive' && !clause.includes(t.aspect))).toBe(true);
      }
    }
    // Complaints are where the tagger is least sure: real ones leave it unsure somewhere.
    expect(unsure).toBeGreaterThan(0);
  });
});

describe("a model's answer", () => {
  const clauses = [
    { key: '拉杆角度不能调', clause: '拉杆角度不能调' },
    { key: '用了两天就坏了', clause: '用了两天就坏了' },
  ];

  it('numbers the clauses in the question', () => {
    expect(extractionMessages(clauses)[1].content).toBe('1. 拉杆角度不能调\n2. 用了两天就坏了');
  });

  it('is read inside a code fence, and pairs not written in the clause are dropped', () => {
    const reply =
      '```json\n{"clauses":[{"id":1,"pairs":[{"aspect":"拉杆","opinion":"角度不能调","polarity":"negative"},' +
      '{"aspect":"轮子","opinion":"太小","polarity":"negative"}]},{"id":2,"pairs":[]},{"id":9,"pairs":[]}]}\n```';
    const read = readModelAnswer(reply, clauses)!;
    expect(read.get('拉杆角度不能调')).toEqual([{ aspect: '拉杆', opinion: '角度不能调', polarity: 'negative' }]);
    expect(read.get('用了两天就坏了')).toEqual([]);
    expect(read.size).toBe(2);
  });

  it('is void when it is not the asked shape', () => {
    expect(readModelAnswer('好的，我来分析一下', clauses)).toBeNull();
    expect(readModelAnswer('{"clauses":[{"id":1,"pairs":[],"confidence":0.9}]}', clauses)).toBeNull();
    expect(readModelAnswer('{"clauses":[{"id":1,"pairs":[{"aspect":"拉杆","opinion":"松","polarity":"bad"}]}]}', clauses)).toBeNull();
  });

  it('replaces the offline triples of the clauses it answered, and only those', () => {
    const text = '拉杆角度不能调，用了两天就坏了';
    const offline = analyseReview(text).aspects;
    const answers = new Map([['拉杆角度不能调', [{ aspect: '拉杆', opinion: '角度不能调', polarity: 'negative' as const }]], ['用了两天就坏了', []]]);
    const merged = withModelPairs(offline, clauses, (key) => answers.get(key), (aspect) => `组:${aspect}`);
    expect(merged.filter((t) => t.clause === '拉杆角度不能调')).toEqual([
      { aspect: '拉杆', aspectGroup: '组:拉杆', opinion: '角度不能调', polarity: 'negative', clause: '拉杆角度不能调' },
    ]);
    expect(merged.filter((t) => t.clause === '用了两天就坏了')).toEqual(offline.filter((t) => t.clause === '用了两天就坏了'));
  });
});
