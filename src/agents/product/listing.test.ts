import { describe, expect, it } from 'vitest';
import { displayWidth, TITLE_WIDTH_LIMIT } from '../text-width.js';
import { checkAttributes } from './attributes.js';
import { findBannedClaims, removeBannedClaims } from './banned-claims.js';
import { draftListing, reviewCopy, reviewTitle } from './listing.js';
import { draftTitle } from './title.js';

// Products shaped like the Taizhou demo shop's catalogue (src/demo/catalogue.ts).
const box = { id: 'P-BOX-L', name: '加厚透明收纳箱 60L', category: '收纳箱', attributes: { 材质: 'PP', 容量: '60L', 颜色: '透明' } };
const trolley = {
  id: 'P-TROLLEY', name: '户外折叠露营手拉车', category: '露营车',
  attributes: { 材质: '加厚牛津布+钢管', 承重: '150kg', 折叠尺寸: '80x20x18cm' },
};

describe('banned claims (广告法)', () => {
  it('finds superlatives, rankings and state-level wording with positions', () => {
    const found = findBannedClaims('全网第一 最好用的国家级收纳箱 NO.1');
    expect(found.map((f) => f.term)).toEqual(['全网第一', '最好', '国家级', 'NO.1']);
    expect(found[1].index).toBe(5);
  });

  it('leaves ordinary words with 最 alone', () => {
    expect(findBannedClaims('最近很多买家问尺寸')).toEqual([]);
  });

  it('removes claims, keeping the meaning of 最 compounds', () => {
    expect(removeBannedClaims('最大容量 收纳箱 销量第一')).toBe('大容量 收纳箱');
    // 最火 leaves no usable word behind, so it goes whole.
    expect(removeBannedClaims('最火大颗粒积木')).toBe('大颗粒积木');
  });
});

describe('attribute check', () => {
  it('finds missing required attributes and numbers in the name no attribute states', () => {
    const check = checkAttributes({ name: '衣物收纳箱 55L', category: '收纳箱', attributes: { 材质: 'PP', 容量: '60L' } });
    expect(check.present).toEqual([{ key: '材质', value: 'PP' }, { key: '容量', value: '60L' }]);
    expect(check.missing).toEqual(['颜色']);
    expect(check.conflicts).toEqual([{ inName: '55l', attributes: ['60l'] }]);
  });
});

describe('title', () => {
  it('carries every required attribute within the 60-unit limit', () => {
    const draft = draftTitle(trolley, [], []);
    expect(displayWidth(draft.title)).toBeLessThanOrEqual(TITLE_WIDTH_LIMIT);
    for (const value of Object.values(trolley.attributes)) expect(draft.title).toContain(value);
    expect(draft.title.startsWith('户外折叠露营手拉车')).toBe(true);
  });

  it('uses rising search terms that fit, and refuses ones promising a feature the product lacks', () => {
    const draft = draftTitle(box, [
      { key: '衣柜收纳', growth: 0.4 },
      { key: '露营车', growth: 2 },
      { key: '密封防潮收纳箱', growth: 1.2 },
    ], []);
    expect(draft.trendingUsed).toEqual(['衣柜收纳']);
    expect(draft.title).toContain('衣柜收纳');
    expect(draft.title).not.toContain('露营');
    expect(draft.trendingUnbacked).toEqual([{ term: '密封防潮收纳箱', features: ['防潮', '密封'] }]);
  });

  it('never carries a banned claim even when the name and the trending terms do', () => {
    const draft = draftTitle({ ...box, name: '最新款国家级加厚收纳箱' }, [{ key: '全网第一收纳箱', growth: 3 }], []);
    expect(findBannedClaims(draft.title)).toEqual([]);
    expect(draft.title).toContain('新款');
  });
});

describe('listing', () => {
  it('answers top complaints with the product facts and asks for the facts it lacks', () => {
    const listing = draftListing(box, [], [
      { label: '尺寸比描述小', reviews: 12 },
      { label: '箱子有刺鼻的塑料味', reviews: 20 },
    ]);
    expect(listing.copy).toContain('【容量】60L');
    expect(listing.suggestions[0]).toContain('20 条评价提到「箱子有刺鼻的塑料味」');
    expect(listing.suggestions[0]).toContain('气味');
  });

  it('puts the fact that answers a complaint into the copy', () => {
    const listing = draftListing(trolley, [], [{ label: '收起来还是很占地方', reviews: 8 }]);
    expect(listing.copy).toContain('【关于尺寸】折叠尺寸：80x20x18cm，下单前请对照确认');
    expect(listing.suggestions).toEqual([]);
  });

  it('reviews a model-written title: banned words, lost attributes and overlong titles are refused', () => {
    const listing = draftListing(trolley, [], []);
    expect(reviewTitle(listing.title.title, listing, trolley)).toEqual({ ok: true, problems: [] });
    const bad = reviewTitle('全网第一露营车 户外折叠手拉车', listing, trolley);
    expect(bad.ok).toBe(false);
    expect(bad.problems.join('\n')).toMatch(/禁用词：全网第一[\s\S]*丢了属性：材质、承重、折叠尺寸/);
    expect(reviewTitle('露'.repeat(31), listing, trolley).problems[0]).toContain('超过 60');
  });

  it('reviews model-written copy: every attribute kept, no invented number, no banned claim', () => {
    const listing = draftListing(box, [], []);
    expect(reviewCopy('【容量】60L 大空间\n【材质】PP\n【颜色】透明', listing, box).ok).toBe(true);
    expect(reviewCopy('【容量】80L 全网最大\n【材质】PP', listing, box).problems).toEqual([
      '含广告法禁用词：最大', '丢了属性：容量、颜色', '出现资料里没有的数字：80',
    ]);
  });
});
