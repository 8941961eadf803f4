import { describe, expect, it } from 'vitest';
import { gapView } from './gap.js';
import { growthByGroup } from './growth.js';
import { OVERALL_GROUP } from '../types.js';
import { rankPainPoints } from './ranking.js';
import type { ReviewMentions } from './review-mentions.js';
import { starsCostByGroup } from './stars-cost.js';
import type { AspectOpinion, Polarity } from '../types.js';

const said = (aspectGroup: string, opinion: string, polarity: Polarity): AspectOpinion => ({
  aspect: aspectGroup, aspectGroup, opinion, polarity, clause: `${aspectGroup}${opinion}`,
});

let next = 0;
function review(opinions: AspectOpinion[], extra: Partial<ReviewMentions> = {}): ReviewMentions {
  next++;
  return {
    reviewId: `R${next}`, text: opinions.map((o) => o.clause).join('，') || '还行', productId: 'P1', productName: '露营车',
    category: '露营车', brand: '好收纳', platform: '淘宝', owner: 'own', rating: null,
    reviewedAt: '2026-06-01T00:00:00.000Z', opinions, ...extra,
  };
}

const times = (n: number, make: (i: number) => ReviewMentions) => Array.from({ length: n }, (_, i) => make(i));

describe('rankPainPoints', () => {
  it('counts suffering reviews, share and negativity per aspect group, worst first', () => {
    const reviews = [
      ...times(6, () => review([said('拉杆', '角度不能调', 'negative')])),
      ...times(2, () => review([said('拉杆', '很结实', 'positive')])),
      ...times(3, () => review([said('轮子', '太小', 'negative'), said('轮子', '太小', 'negative')])),
      ...times(9, () => review([said('价格', '便宜', 'positive')])),
    ];
    const ranked = rankPainPoints(reviews);
    expect(ranked.map((p) => p.group)).toEqual(['拉杆', '轮子']);
    const [handle, wheel] = ranked;
    expect(handle.reviews).toBe(6);
    expect(handle.share).toBeCloseTo(6 / 20);
    expect(handle.negativity).toBeCloseTo(6 / 8);
    expect(handle.label).toBe('拉杆角度不能调');
    // A review repeating a complaint still counts once; mentions count both.
    expect(wheel.reviews).toBe(3);
    expect(wheel.negativeMentions).toBe(6);
    expect(handle.evidence).toHaveLength(1);
    expect(handle.trend).toEqual([{ month: '2026-06', reviews: 20, complaints: 6 }]);
  });

  it('leaves out single complaints and overall dissatisfaction', () => {
    const reviews = [
      review([said('盖子', '扣不紧', 'negative')]),
      ...times(5, () => review([said(OVERALL_GROUP, '垃圾', 'negative')])),
    ];
    expect(rankPainPoints(reviews)).toEqual([]);
  });

  it('quotes three different reviews, lowest rating first', () => {
    const reviews = [1, 5, 2, 3, 1].map((rating, i) =>
      review([said('卡扣', '容易坏', 'negative')], { rating, text: `卡扣容易坏，第${i}次买了` }),
    );
    // The same words from another buyer are not new proof.
    reviews[4].text = reviews[0].text;
    const [p] = rankPainPoints(reviews);
    expect(p.evidence).toHaveLength(3);
    expect(p.evidence.map((e) => e.reviewId)).toEqual([reviews[0].reviewId, reviews[2].reviewId, reviews[3].reviewId]);
  });

  it("quotes first the reviews that say the card's name or one of its phrasings as written, then by rating", () => {
    const reviews = [
      review([{ aspect: '拉杆', aspectGroup: '拉杆', opinion: '角度不能调', polarity: 'negative', clause: '拉杆角度不能调' }], { rating: 2, text: '拉杆角度不能调，弯腰很累' }),
      review([{ aspect: '拉手', aspectGroup: '拉杆', opinion: '角度不能调', polarity: 'negative', clause: '拉手角度不能调' }], { rating: 3, text: '拉手角度不能调，别的还行' }),
      review([{ aspect: '拉杆', aspectGroup: '拉杆', opinion: '角度不能调', polarity: 'negative', clause: '拉杆那个角度不能调' }], { rating: 1, text: '拉杆那个角度不能调，差评' }),
      review([{ aspect: '拉杆', aspectGroup: '拉杆', opinion: '角度不能调', polarity: 'negative', clause: '拉杆角度不能调' }], { rating: 3, text: '拉杆角度不能调的，凑合用' }),
    ];
    const [p] = rankPainPoints(reviews);
    expect(p.label).toBe('拉杆角度不能调');
    // The name as written first (rating 2, then 3), then a phrasing (拉手角度不能调); the 1-star review says it in other words.
    expect(p.evidence.map((e) => e.reviewId)).toEqual([reviews[0].reviewId, reviews[3].reviewId, reviews[1].reviewId]);
  });

  it('gives each card the figures a product developer acts on', () => {
    const reviews = [
      ...times(6, (i) => review([said('轮子', '太小', 'negative')], { rating: 1 + (i % 2) })),
      ...times(14, (i) => review([said('价格', '便宜', 'positive')], { rating: 4 + (i % 2) })),
    ];
    const [wheel] = rankPainPoints(reviews);
    expect(wheel.figures.affected).toBe(6);
    expect(wheel.figures.share.value).toBeCloseTo(6 / 20);
    expect(wheel.figures.share.low).toBeLessThan(6 / 20);
    expect(wheel.figures.share.high).toBeGreaterThan(6 / 20);
    expect(wheel.figures.starsLost!.value).toBeCloseTo(3);
    expect(wheel.figures.enough).toBe(true);
    // Every review on one day: both windows are too small to call a trend.
    expect(wheel.figures.trend).toMatchObject({ direction: 'tooFew', windowDays: 30 });
  });
});

describe('growthByGroup', () => {
  it('compares the complaint rate of the last 30 days with the 30 before', () => {
    const at = (day: number) => new Date(Date.UTC(2026, 5, 1) + day * 86_400_000).toISOString();
    const reviews = [
      ...times(40, (i) => review(i < 4 ? [said('轮子', '太小', 'negative')] : [], { reviewedAt: at(i % 30) })),
      ...times(40, (i) => review(i < 16 ? [said('轮子', '太小', 'negative')] : [], { reviewedAt: at(31 + (i % 29)) })),
    ];
    const growth = growthByGroup(reviews, ['轮子', '拉杆']).get('轮子')!;
    // (16+1)/(40+10) over (4+1)/(40+10): the smoothed rate more than triples.
    expect(growth).toBeCloseTo(17 / 5 - 1, 6);
    expect(growthByGroup(reviews, ['拉杆']).get('拉杆')).toBeCloseTo(0, 6);
  });
});

describe('starsCostByGroup', () => {
  it('recovers how many stars each complaint costs when complaints overlap', () => {
    const reviews: ReviewMentions[] = [];
    for (let i = 0; i < 400; i++) {
      const handle = i % 4 === 0;
      const smell = i % 5 === 0;
      const opinions = [...(handle ? [said('拉杆', '不能调', 'negative')] : []), ...(smell ? [said('气味', '刺鼻', 'negative')] : [])];
      reviews.push(review(opinions, { rating: 4.8 - (handle ? 2 : 0) - (smell ? 0.5 : 0) }));
    }
    const cost = starsCostByGroup(reviews, ['拉杆', '气味']);
    expect(cost.get('拉杆')).toBeGreaterThan(1.95);
    expect(cost.get('拉杆')).toBeLessThan(2.0);
    expect(cost.get('气味')).toBeGreaterThan(0.45);
    expect(cost.get('气味')).toBeLessThan(0.5);
  });

  it('is empty when no review has a rating', () => {
    expect(starsCostByGroup([review([said('拉杆', '不能调', 'negative')])], ['拉杆']).size).toBe(0);
  });
});

describe('gapView', () => {
  it("separates what competitors' buyers hate from what ours hate", () => {
    const reviews = [
      ...times(100, (i) => review(i < 20 ? [said('拉杆', '不能调', 'negative')] : i < 22 ? [said('价格', '太贵', 'negative')] : [])),
      ...times(100, (i) =>
        review(i < 25 ? [said('价格', '太贵', 'negative')] : i < 45 ? [said('拉杆', '不能调', 'negative')] : [], { owner: 'competitor', productId: 'C1' }),
      ),
      ...times(50, (i) => review(i < 10 ? [said('轮子', '太小', 'negative')] : [])),
    ];
    const gap = gapView(reviews);
    expect(gap.competitorsWorse.map((g) => g.group)).toEqual(['价格']);
    expect(gap.oursWorse.map((g) => g.group)).toEqual(['轮子']);
    expect(gap.competitorsWorse[0].competitorShare).toBeCloseTo(0.25);
    expect(gap.competitorsWorse[0].ownShare).toBeCloseTo(2 / 150);
  });
});
