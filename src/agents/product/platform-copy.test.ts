import { describe, expect, it } from 'vitest';
import { displayWidth } from '../text-width.js';
import { findBannedClaims } from './banned-claims.js';
import { fitToPlatform, PLATFORM_RULES, PLATFORMS } from './platform-copy.js';

// A seller's own words, as merchants write them: superlatives, a percentage promise and a nudge to another platform.
const TITLE = '全网最低价 加厚纯棉收纳箱 大号 衣柜整理箱 带盖 可折叠 搬家 宿舍 被子 衣服 储物箱 顶级品质';
const POINTS = ['100%纯棉面料，加微信领券', '最大容量 66L，被子也装得下', '可折叠，不用时只有 5cm 厚', '淘宝同款 拼多多更便宜', '钢架支撑不塌', '防潮底布'];

describe('copy fitted to each platform', () => {
  it.each(PLATFORMS)('%s: no 广告法 claim or off-platform word survives, and the title fits', (platform) => {
    const rules = PLATFORM_RULES[platform];
    const fitted = fitToPlatform(platform, TITLE, POINTS);
    const text = [fitted.title, ...fitted.points].join('\n');
    expect(findBannedClaims(text)).toEqual([]);
    for (const word of rules.offPlatformWords) expect(text.toLowerCase()).not.toContain(word.toLowerCase());
    expect(displayWidth(fitted.title)).toBeLessThanOrEqual(rules.titleWidth.max);
    expect(fitted.points.length).toBeLessThanOrEqual(rules.points);
    for (const point of fitted.points) expect(displayWidth(point)).toBeLessThanOrEqual(rules.pointWidth);
    // every change is reported: the banned claims found in the source, and the cut title
    expect(fitted.problems.filter((p) => p.kind === 'banned').map((p) => p.kind === 'banned' && p.claim.term)).toEqual(expect.arrayContaining(['全网最低价', '100%', '顶级', '最大']));
    expect(fitted.problems).toContainEqual(expect.objectContaining({ kind: 'title_cut', max: rules.titleWidth.max }));
  });

  it('keeps ordinary words: 最大容量 becomes 大容量, and the title is cut at a word, not mid-word', () => {
    const fitted = fitToPlatform('douyin', TITLE, POINTS);
    expect(fitted.points).toContain('大容量 66L，被子也装得下');
    expect(TITLE.replace('全网最低价 ', '').startsWith(fitted.title)).toBe(true);
    expect(TITLE.split(' ')).toContain(fitted.title.split(' ').at(-1));
  });

  it('names the platform-specific words it removed: 淘宝 is fine on 淘宝 but not on 拼多多', () => {
    const onTaobao = fitToPlatform('taobao', '收纳箱 淘宝同款', []);
    const onPdd = fitToPlatform('pinduoduo', '收纳箱 淘宝同款', []);
    expect(onTaobao.title).toBe('收纳箱 淘宝同款');
    expect(onPdd.title).toBe('收纳箱 同款');
    expect(onPdd.problems).toContainEqual({ kind: 'off_platform', word: '淘宝' });
    expect(onPdd.problems).toContainEqual(expect.objectContaining({ kind: 'title_short', min: 16 }));
  });
});
