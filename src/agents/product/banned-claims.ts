/**
 * Claims China's Advertising Law (广告法 第九条第三项 and 第二十八条) forbids in ads, listings
 * included: superlatives ("最"), rankings ("第一", "NO.1"), state-level wording ("国家级"),
 * and absolute promises. Fines start at 200,000 yuan, so listings are checked before they go out.
 */
export interface BannedClaim {
  term: string;
  index: number;
  reason: string;
}

const SUPERLATIVE = '极限用语（最高级）';
/** Found by the generic "最" rule: dropping just 最 keeps a usable word (最大容量 → 大容量). */
const ZUI_PREFIX = '极限用语（最+形容词）';
const RANKING = '排名用语';
const STATE_LEVEL = '国家级、世界级用语';
const ABSOLUTE = '绝对化承诺';

/** Longer compounds first, so "全网第一" is reported and removed as one claim, not as "第一". */
const BANNED_TERMS: [string, string][] = [
  ['全网第一', RANKING], ['销量第一', RANKING], ['行业第一', RANKING], ['排名第一', RANKING], ['第一品牌', RANKING],
  ['全网最低价', SUPERLATIVE], ['最低价', SUPERLATIVE], ['最高级', SUPERLATIVE], ['最佳', SUPERLATIVE], ['最火', SUPERLATIVE],
  ['最热', SUPERLATIVE], ['最强', SUPERLATIVE], ['最牛', SUPERLATIVE], ['最优', SUPERLATIVE], ['销量冠军', RANKING], ['第一', RANKING], ['冠军', RANKING], ['no.1', RANKING], ['no1', RANKING],
  ['top1', RANKING], ['top.1', RANKING], ['首选', RANKING], ['首家', RANKING], ['首个', RANKING], ['领导品牌', RANKING],
  ['国家级', STATE_LEVEL], ['世界级', STATE_LEVEL], ['全球级', STATE_LEVEL], ['国家免检', STATE_LEVEL], ['特供', STATE_LEVEL],
  ['专供', STATE_LEVEL], ['驰名商标', STATE_LEVEL],
  ['顶级', SUPERLATIVE], ['顶尖', SUPERLATIVE], ['极品', SUPERLATIVE], ['极致', SUPERLATIVE], ['唯一', SUPERLATIVE],
  ['独一无二', SUPERLATIVE], ['史无前例', SUPERLATIVE], ['王牌', SUPERLATIVE],
  ['百分之百', ABSOLUTE], ['100%', ABSOLUTE], ['绝对', ABSOLUTE], ['万能', ABSOLUTE], ['永久', ABSOLUTE], ['零风险', ABSOLUTE],
];

/** "最" starts a superlative (最好, 最大容量) except in these ordinary words. */
const HARMLESS_ZUI_WORDS = ['最近', '最后', '最终', '最初'];

export function findBannedClaims(text: string): BannedClaim[] {
  const lower = text.toLowerCase();
  const taken = new Array<boolean>(text.length).fill(false);
  const found: BannedClaim[] = [];
  for (const [term, reason] of BANNED_TERMS) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      if (taken.slice(at, at + term.length).some(Boolean)) continue;
      taken.fill(true, at, at + term.length);
      found.push({ term: text.slice(at, at + term.length), index: at, reason });
    }
  }
  for (let at = text.indexOf('最'); at !== -1; at = text.indexOf('最', at + 1)) {
    if (taken[at] || HARMLESS_ZUI_WORDS.some((w) => text.startsWith(w, at)) || at + 1 >= text.length) continue;
    found.push({ term: text.slice(at, at + 2), index: at, reason: ZUI_PREFIX });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Removes every banned claim. For "最" before an ordinary adjective only the character goes
 * ("最大容量" → "大容量"); listed claims go whole (最火 leaves no usable "火").
 */
export function removeBannedClaims(text: string): string {
  let result = text;
  for (const claim of findBannedClaims(text).reverse()) {
    const length = claim.reason === ZUI_PREFIX ? 1 : claim.term.length;
    result = result.slice(0, claim.index) + result.slice(claim.index + length);
  }
  return result.replace(/\s{2,}/g, ' ').trim();
}
