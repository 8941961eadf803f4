import { describe, expect, it } from 'vitest';
import type { PainPoint } from '../painpoints/types.js';
import sample from './fixtures/online-shopping-sample.json' with { type: 'json' };
import { type CompetitorListing, type OpportunityInputs, scoreOpportunity, rankOpportunities } from './opportunity.js';
import { meanPairwiseSimilarity, tfidfVectors, wordsOf } from './similarity.js';

/** Real reviews (online_shopping_10_cats) stand in for competitor listings of one category. */
const listings = (category: keyof typeof sample.reviews): CompetitorListing[] =>
  sample.reviews[category].map((r, i) => ({ id: `${category}-${i}`, title: r.review.slice(0, 20), words: wordsOf(r.review) }));

const painPoint = (group: string, share: number, negativity: number): PainPoint => ({
  group,
  label: group,
  reviews: Math.round(share * 500),
  share,
  negativity,
  growth: 0,
  starsCost: 0,
  score: share * negativity,
  evidence: [{ reviewId: `r-${group}`, text: `${group}不好用` }],
});

const heaterIdea = (overrides: Partial<OpportunityInputs> = {}): OpportunityInputs => ({
  idea: {
    name: '速热小厨宝',
    category: '热水器',
    description: '速热热水器 安装方便 出水快',
    fixes: null,
    price: 399,
    unitCost: 160,
    channelFeeRate: 0.06,
    channelFeePerUnit: 15,
  },
  ideaWords: wordsOf('速热热水器 安装方便 出水快 加热快 质量好'),
  demand: { level: 120, unit: 'searches', typicalLevel: 120, growth: 0, qValue: null },
  painPoints: [],
  competitors: listings('热水器'),
  ...overrides,
});

describe('sameness of listings (TF-IDF cosine)', () => {
  it('finds reviews of one category more alike than reviews across categories', () => {
    const heaters = listings('热水器').map((l) => l.words);
    const mixed = [...heaters.slice(0, 4), ...listings('书籍').map((l) => l.words).slice(0, 3), ...listings('水果').map((l) => l.words).slice(0, 3)];
    const within = meanPairwiseSimilarity(tfidfVectors(heaters));
    const across = meanPairwiseSimilarity(tfidfVectors(mixed));
    expect(within).toBeGreaterThan(across);
  });

  it('scores a me-too heater as less different than a book idea among heater listings', () => {
    const meToo = scoreOpportunity(heaterIdea());
    const book = scoreOpportunity(heaterIdea({ ideaWords: wordsOf('一本讲儿童心理的好书，作者文笔流畅') }));
    const sameness = (s: typeof meToo) => s.factors.find((f) => f.key === 'sameness')!;
    expect(sameness(meToo).value).toBeGreaterThan(sameness(book).value);
    expect(sameness(meToo).score).toBeLessThan(sameness(book).score);
    expect(sameness(meToo).evidence.filter((e) => e.kind === 'competitor')).toHaveLength(3);
  });
});

describe('opportunity score', () => {
  it('scores an idea that fixes the top pain point above one that fixes a minor one', () => {
    const pains = [painPoint('安装', 0.12, 0.9), painPoint('噪音', 0.03, 0.6)];
    const fixesTop = scoreOpportunity(heaterIdea({ painPoints: pains, idea: { ...heaterIdea().idea, fixes: ['安装'] } }));
    const fixesMinor = scoreOpportunity(heaterIdea({ painPoints: pains, idea: { ...heaterIdea().idea, fixes: ['噪音'] } }));
    expect(fixesTop.score).toBeGreaterThan(fixesMinor.score);
    const relief = fixesTop.factors.find((f) => f.key === 'painRelief')!;
    expect(relief.value).toBeCloseTo(0.12 * 0.9, 12);
    expect(relief.evidence[0]).toEqual({ kind: 'painPoint', text: '安装', value: 0.12 });
  });

  it('gives an idea that names nothing it fixes no points for fixing pain, and says so', () => {
    const pains = [painPoint('安装', 0.12, 0.9), painPoint('噪音', 0.03, 0.6)];
    const fixesNothing = scoreOpportunity(heaterIdea({ painPoints: pains, idea: { ...heaterIdea().idea, fixes: [] } }));
    const relief = fixesNothing.factors.find((f) => f.key === 'painRelief')!;
    expect(relief).toMatchObject({ value: 0, score: 0, points: 0, evidence: [{ kind: 'missing', text: 'fixes' }] });
    const category = scoreOpportunity(heaterIdea({ painPoints: pains }));
    expect(category.factors.find((f) => f.key === 'painRelief')!.value).toBeCloseTo(0.12 * 0.9 + 0.03 * 0.6, 12);
  });

  it('matches a fix named in the merchant’s words to complaints that mention it', () => {
    const tall = { ...painPoint('个头', 0.05, 0.5), label: '个子 很难受', evidence: [{ reviewId: 'r1', text: '拉杆太短，个子高的人很难受' }] };
    const scored = scoreOpportunity(heaterIdea({ painPoints: [tall, painPoint('噪音', 0.03, 0.6)], idea: { ...heaterIdea().idea, fixes: ['拉杆'] } }));
    expect(scored.factors.find((f) => f.key === 'painRelief')!.value).toBeCloseTo(0.05 * 0.5, 12);
  });

  it('computes margin after platform fees and adds the factor points up to the total', () => {
    const scored = scoreOpportunity(heaterIdea());
    const margin = scored.factors.find((f) => f.key === 'margin')!;
    expect(margin.value).toBeCloseTo((399 * 0.94 - 15 - 160) / 399, 12);
    expect(scored.score).toBeCloseTo(scored.factors.reduce((sum, f) => sum + f.points, 0), 9);
    expect(scored.factors.find((f) => f.key === 'competition')!.score).toBeCloseTo(1 / (1 + 10 / 10), 12);
  });

  it('follows the merchant’s weights', () => {
    const onlyMargin = scoreOpportunity(heaterIdea(), { demand: 0, growth: 0, painRelief: 0, competition: 0, sameness: 0, margin: 3 });
    const margin = onlyMargin.factors.find((f) => f.key === 'margin')!;
    expect(margin.weight).toBe(1);
    expect(onlyMargin.score).toBeCloseTo(100 * margin.score, 9);
    expect(() => scoreOpportunity(heaterIdea(), { demand: 0, growth: 0, painRelief: 0, competition: 0, sameness: 0, margin: 0 })).toThrow();
  });

  it('trusts significant growth more than a noisy rise, and ranks rising demand first', () => {
    const rising = heaterIdea({ demand: { level: 120, unit: 'searches', typicalLevel: 120, growth: 0.6, qValue: 0.01 } });
    const noisy = heaterIdea({ demand: { level: 120, unit: 'searches', typicalLevel: 120, growth: 0.6, qValue: 0.6 } });
    const growth = (i: OpportunityInputs) => scoreOpportunity(i).factors.find((f) => f.key === 'growth')!.score;
    expect(growth(rising)).toBeGreaterThan(growth(noisy));
    expect(growth(noisy)).toBeGreaterThan(0.5);
    const [first] = rankOpportunities([noisy, rising]);
    expect(first.factors.find((f) => f.key === 'growth')!.evidence).toContainEqual({ kind: 'figure', text: 'qValue', value: 0.01 });
  });
});
