import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedData } from '../../ingest/shared-data.js';
import { extractAspectOpinions } from '../tagger/extract.js';
import { maxOf } from '../../math/summary.js';
import { groupingCountsOf, merchantAspectContexts, merchantAspectGroups, opinionContextWords, regroupReviews } from './merchant-aspect-groups.js';
import { committedAbsaModel } from '../tagger/model-file.js';
import { rankPainPoints } from './ranking.js';
import { undatedReviewMentions, type ReviewMentions } from './review-mentions.js';
import { alsoSaid, handleComplaints, handleNames, praiseReviews, trolleyComplaints } from './testing.js';

const mentionsOf = (texts: string[], productId: string | null = null): ReviewMentions[] =>
  texts.map((text, i) => ({ ...undatedReviewMentions(`R${i}`, text, extractAspectOpinions(text)), productId }));

const trolleyShop = mentionsOf([...trolleyComplaints, ...praiseReviews], 'P-TROLLEY');

describe('merchantAspectGroups', () => {
  const merged = merchantAspectGroups(trolleyShop);
  const groupOf = (g: string) => merged[g] ?? g;

  it('merges 拉杆, 把手 and 拉手 when the shop\'s buyers say the same of each, named after the most-mentioned', () => {
    expect(committedAbsaModel().aspectGroups.把手).not.toBe(committedAbsaModel().aspectGroups.拉杆);
    expect(groupOf('把手')).toBe(groupOf('拉杆'));
    expect(groupOf('拉手')).toBe(groupOf('拉杆'));
    const counts = new Map(handleNames.map((h) => [h, trolleyShop.flatMap((r) => r.opinions).filter((o) => o.aspectGroup === h).length]));
    expect(counts.get(groupOf('拉杆'))).toBe(maxOf(counts.values(), (n) => n));
  });

  it('keeps parts with other complaints apart: 物流 (慢) and 轮子 (小) are not the handle', () => {
    expect(groupOf('送货')).not.toBe(groupOf('拉杆'));
    expect(groupOf('轮子')).not.toBe(groupOf('拉杆'));
    expect(groupOf('送货')).not.toBe(groupOf('轮子'));
  });

  it('does not merge aspects that share only generic praise', () => {
    const contexts = merchantAspectContexts(groupingCountsOf(trolleyShop).opinions);
    // 不错 and 好 are said of many of this shop's groups, so they say nothing about which part.
    for (const counts of contexts.values()) expect(counts.has('不错') || counts.has('好')).toBe(false);
    expect(groupOf('颜色')).toBe('颜色');
    expect(groupOf('做工')).toBe('做工');
    expect(groupOf('包装')).toBe('包装');
  });

  it('needs evidence that buyers write one name in place of the other, not just the same complaints', () => {
    const praised = mentionsOf(praiseReviews, 'P-TROLLEY');
    // Every handle complaint names both 拉杆 and 把手: parts named side by side are different parts.
    const sideBySide = handleComplaints.flatMap((first) =>
      handleComplaints.flatMap((second) => alsoSaid.map((other) => `拉杆${first}，把手也${second}${other}`)),
    );
    expect(merchantAspectGroups([...mentionsOf(sideBySide, 'P-TROLLEY'), ...praised]).把手).toBeUndefined();
    // The same words on two products never meet in one review, so there is no evidence either way.
    const onTwoProducts = (handle: string) => handleComplaints.flatMap((c) => alsoSaid.map((other) => `${handle}${c}${other}`));
    const twoProducts = [...mentionsOf(onTwoProducts('拉杆'), 'P-TROLLEY'), ...mentionsOf(onTwoProducts('把手'), 'P-CART'), ...praised];
    expect(merchantAspectGroups(twoProducts).把手).toBeUndefined();
  });

  it('regroups the mentions so the handle complaint ranks as one pain point', () => {
    const complainsOfHandle = trolleyShop.filter((r) => r.opinions.some((o) => handleNames.includes(o.aspectGroup) && o.polarity === 'negative'));
    const split = rankPainPoints(trolleyShop).filter((p) => handleNames.includes(p.group));
    expect(split.length).toBeGreaterThan(1);
    const ranked = rankPainPoints(regroupReviews(trolleyShop, merged));
    const handle = ranked.filter((p) => handleNames.includes(p.group));
    expect(handle).toHaveLength(1);
    expect(handle[0].reviews).toBe(complainsOfHandle.length);
    expect(handle[0].reviews).toBeGreaterThan(maxOf(split, (p) => p.reviews));
    expect(ranked[0]).toBe(handle[0]);
    // The words buyers wrote stay as they were: only the group changes.
    expect(regroupReviews(trolleyShop, merged).flatMap((r) => r.opinions.map((o) => o.aspect))).toEqual(trolleyShop.flatMap((r) => r.opinions.map((o) => o.aspect)));
  });

  it('reads degree words and negation out of opinions', () => {
    expect(opinionContextWords('太短了')).toEqual(['短']);
    expect(opinionContextWords('很快')).toEqual(['快']);
    expect(opinionContextWords('不能调')).toEqual(['不调']);
  });
});

describe.runIf(hasSharedData())('merchantAspectGroups on real reviews (online_shopping_10_cats)', () => {
  const rows = parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const groups = committedAbsaModel().aspectGroups;

  it('keeps clearly different aspects of a phone shop apart, also those described by the same scale (快/慢)', () => {
    const phoneShop = mentionsOf(rows.filter((r) => r.cat === '手机').map((r) => r.review));
    const merged = merchantAspectGroups(phoneShop);
    const groupOf = (aspect: string) => merged[groups[aspect]] ?? groups[aspect];
    const clustered = merchantAspectContexts(groupingCountsOf(phoneShop).opinions);
    for (const [a, b] of [['物流', '屏幕'], ['物流', '反应'], ['价格', '外观'], ['屏幕', '声音'], ['电池', '屏幕']]) {
      expect(clustered.has(groups[a]) && clustered.has(groups[b]), `${a} and ${b} both clustered`).toBe(true);
      expect(groupOf(a), `${a} vs ${b}`).not.toBe(groupOf(b));
    }
  });

  it('merges a hotel part that buyers call by two names (房间 written as 客房 in every other review)', () => {
    let seen = 0;
    const hotel = rows
      .filter((r) => r.cat === '酒店')
      .filter((_, i) => i % 5 === 0)
      .map((r) => (r.review.includes('房间') && seen++ % 2 === 1 ? r.review.replaceAll('房间', '客房') : r.review));
    expect(groups.房间).not.toBe(groups.客房);
    const merged = merchantAspectGroups(mentionsOf(hotel));
    expect(merged[groups.客房]).toBeDefined();
    expect(merged[groups.客房]).toBe(merged[groups.房间]);
    // Other hotel aspects keep their own groups.
    expect(merged[groups.早餐] ?? groups.早餐).not.toBe(merged[groups.房间]);
    expect(merged[groups.前台] ?? groups.前台).not.toBe(merged[groups.房间]);
  });
});
