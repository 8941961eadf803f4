import { describe, expect, it } from 'vitest';
import { buildMarketCells, GROWTH_WINDOW_DAYS } from './market-cells.js';
import type { MarketFacts, ReviewFact, SaleFact } from './market-facts.js';
import { rankMarkets } from './rank-markets.js';

// No public data set carries regions, channels and margins together, so the facts are planted:
// each market is built to win or lose on known factors and the ranking must find that.
const AS_OF = 20_000;
const recentDay = (i: number) => AS_OF - (i % GROWTH_WINDOW_DAYS);
const previousDay = (i: number) => AS_OF - GROWTH_WINDOW_DAYS - (i % GROWTH_WINDOW_DAYS);

function reviews(category: string, platform: string, recent: number, previous: number, ownRecent: number): ReviewFact[] {
  return [
    ...Array.from({ length: recent }, (_, i) => ({ day: recentDay(i), platform, category, own: i < ownRecent, reviews: 1 })),
    ...Array.from({ length: previous }, (_, i) => ({ day: previousDay(i), platform, category, own: false, reviews: 1 })),
  ];
}

function sales(region: string, channel: string, category: string, recent: number, previous: number, marginRate: number): SaleFact[] {
  const sale = (day: number): SaleFact => ({ day, region, channel, category, amount: 100, cost: 100 * (1 - marginRate) });
  return [...Array.from({ length: recent }, (_, i) => sale(recentDay(i))), ...Array.from({ length: previous }, (_, i) => sale(previousDay(i)))];
}

const facts: MarketFacts = {
  sales: [
    ...sales('浙江', '淘宝', '收纳箱', 40, 40, 0.2),
    ...sales('广东', '1688批发', '露营车', 30, 10, 0.45),
    ...sales('四川', '拼多多', '收纳箱', 5, 15, 0.1),
  ],
  reviews: [
    // Camping trolleys: big, growing, and the merchant holds little of it.
    ...reviews('露营车', '抖音', 300, 100, 15),
    // Storage boxes: mature and already largely the merchant's.
    ...reviews('收纳箱', '淘宝', 150, 160, 90),
    ...reviews('笔袋', '拼多多', 20, 40, 10),
  ],
  competitors: [
    { category: '收纳箱', platform: '淘宝', brand: '禧天龙' },
    { category: '收纳箱', platform: '淘宝', brand: '茶花' },
    { category: '收纳箱', platform: '拼多多', brand: '爱丽思' },
    { category: '笔袋', platform: '拼多多', brand: '晨光' },
    { category: '露营车', platform: '抖音', brand: '牧高笛' },
  ],
};

const rankings = rankMarkets(buildMarketCells(facts, AS_OF));
const of = (dimension: string) => rankings.filter((r) => r.dimension === dimension);

describe('market expansion ranking', () => {
  it('puts the big, growing, uncrowded, high-margin category first, for the stated reasons', () => {
    const [top, , last] = of('category');
    expect(top.key).toBe('露营车');
    expect(top.rank).toBe(1);
    expect(top.strengths).toEqual(expect.arrayContaining(['demand', 'growth', 'headroom', 'margin']));
    expect(last.key).toBe('笔袋');
    expect(last.weaknesses).toContain('demand');
  });

  it('measures demand, growth, share and competition from the facts', () => {
    const camping = of('category').find((r) => r.key === '露营车')!.cell;
    expect(camping).toMatchObject({ demand: 300, demandSource: 'reviews', ownShare: 0.05, competitors: 1 });
    expect(camping.growth).toBeCloseTo(Math.log(301 / 101), 12);
    expect(camping.margin).toBeCloseTo(0.45, 12);
    const storage = of('category').find((r) => r.key === '收纳箱')!.cell;
    expect(storage.competitors).toBe(3);
    expect(storage.ownShare).toBeCloseTo(0.6, 12);
  });

  it('falls back to own sales for regions, which public reviews do not cover', () => {
    const regions = of('region');
    expect(regions.map((r) => r.key)).toEqual(['广东', '浙江', '四川']);
    for (const r of regions) {
      expect(r.cell.demandSource).toBe('ownSales');
      expect(r.factors.map((f) => f.factor)).not.toContain('competition');
    }
    expect(regions[0].cell.demand).toBe(3000);
  });

  it('leaves demand unknown for a channel public reviews do not cover instead of comparing yuan with counts', () => {
    const wholesale = of('channel').find((r) => r.key === '1688批发')!;
    expect(wholesale.cell).toMatchObject({ demandSource: 'reviews', demand: null, growth: null, competitors: null });
    expect(wholesale.factors.map((f) => f.factor)).toEqual(['margin']);
    expect(of('channel').find((r) => r.key === '抖音')!.cell.demand).toBe(300);
    const scores = of('channel').map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('ignores facts older than two windows or after the as-of day', () => {
    const stale: MarketFacts = { ...facts, sales: [{ day: AS_OF - 3 * GROWTH_WINDOW_DAYS, region: '西藏', channel: '淘宝', category: '收纳箱', amount: 1e6, cost: 0 }] };
    const cells = buildMarketCells(stale, AS_OF);
    expect(cells.find((c) => c.key === '西藏')).toBeUndefined();
  });
});
