import { describe, expect, it } from 'vitest';
import { groupOfAspect } from '../tagger/group-of-aspect.js';
import { clusterAspects, type ContextCounts } from './aspect-groups.js';
import { committedAbsaModel } from '../tagger/model-file.js';

const counts = (entries: Record<string, Record<string, number>>): ContextCounts =>
  new Map(Object.entries(entries).map(([a, m]) => [a, new Map(Object.entries(m))]));

describe('clusterAspects', () => {
  it('merges aspects that share opinion words and keeps apart those that do not', () => {
    const groups = clusterAspects(
      counts({
        物流: { 快: 40, 慢: 30, 及时: 10 },
        快递: { 快: 30, 慢: 25, 及时: 8, 态度好: 2 },
        价格: { 便宜: 40, 贵: 30, 实惠: 10 },
        价钱: { 便宜: 20, 贵: 25, 实惠: 5 },
        屏幕: { 清晰: 30, 亮: 20, 大: 10 },
      }),
    );
    expect(groups.快递).toBe('物流');
    expect(groups.价钱).toBe('价格');
    expect(groups.屏幕).toBe('屏幕');
    expect(groups.物流).not.toBe(groups.价格);
  });
});

describe('learned aspect groups (models/painpoints-absa.json)', () => {
  const { aspectGroups } = committedAbsaModel();
  it('groups logistics, price, smell and fabric synonyms found in online_shopping and zhijiang', () => {
    expect(aspectGroups.发货).toBe(aspectGroups.送货);
    expect(aspectGroups.物流速度).toBe(aspectGroups.送货速度);
    expect(aspectGroups.价钱).toBe(aspectGroups.价格);
    expect(aspectGroups.气味).toBe(aspectGroups.味道);
    expect(aspectGroups.面料).toBe(aspectGroups.布料);
    expect(aspectGroups.价格).not.toBe(aspectGroups.物流);
    expect(aspectGroups.味道).not.toBe(aspectGroups.价格);
  });

  it('places unseen compounds under the part named first', () => {
    expect(groupOfAspect('拉杆角度', aspectGroups)).toBe('拉杆');
    expect(groupOfAspect('快递包装盒', aspectGroups)).toBe(aspectGroups.快递);
    expect(groupOfAspect('某某', aspectGroups)).toBe('某某');
  });
});
