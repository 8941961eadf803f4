import { factFor, topicsOf } from '../attribute-topics.js';
import { numbersIn } from '../numbers.js';
import { displayWidth, TITLE_WIDTH_LIMIT } from '../text-width.js';
import { checkAttributes, type AttributeCheck } from './attributes.js';
import { findBannedClaims, removeBannedClaims, type BannedClaim } from './banned-claims.js';
import { attributeWords, draftTitle, type ListingPainPoint, type ListingProduct, type TitleDraft, type TrendingTerm } from './title.js';

export interface ListingDraft {
  productId: string;
  title: TitleDraft;
  /** Listing copy, one selling point per line, every claim taken from the product's attributes. */
  copy: string[];
  attributeCheck: AttributeCheck;
  /** Banned claims found in what the merchant has now (name, attributes); removed from the draft. */
  bannedInSource: BannedClaim[];
  /** What the merchant should add or fix; the agent cannot invent these facts. */
  suggestions: string[];
}

/** Only the complaints most buyers share get a line of their own; the copy stays short enough to read on a phone. */
const PAIN_POINTS_IN_COPY = 3;

export function draftListing(product: ListingProduct, trending: TrendingTerm[], painPoints: ListingPainPoint[]): ListingDraft {
  const title = draftTitle(product, trending, painPoints);
  const attributeCheck = checkAttributes(product);
  const source = [product.name, ...Object.values(product.attributes)].join(' ');
  const suggestions: string[] = [];
  const copy = Object.entries(product.attributes)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `【${k}】${attributeWords(k, v.trim())}`);

  const top = [...painPoints].sort((a, b) => b.reviews - a.reviews).slice(0, PAIN_POINTS_IN_COPY);
  for (const pain of top) {
    const topic = topicsOf(pain.label)[0];
    const fact = topic && factFor(topic, product.attributes);
    if (topic && fact) copy.push(`【关于${topic.topic}】${fact.key}：${fact.value}，下单前请对照确认`);
    else if (topic) suggestions.push(`${pain.reviews} 条评价提到「${pain.label}」，资料里没有写明${topic.topic}：请补充「${topic.keys[0]}」`);
    else suggestions.push(`${pain.reviews} 条评价提到「${pain.label}」：请在详情页说明改进或使用方法`);
  }
  for (const missing of attributeCheck.missing) suggestions.push(`缺少必填属性「${missing.split('|').join('/')}」，买家会反复问`);
  for (const conflict of attributeCheck.conflicts) {
    suggestions.push(`商品名写的是 ${conflict.inName}，属性里是 ${conflict.attributes.join('/')}：请核对，避免「与描述不符」`);
  }
  for (const unbacked of title.trendingUnbacked) {
    suggestions.push(`搜索词「${unbacked.term}」在上升，但资料没有写明「${unbacked.features.join('、')}」：如果产品有这个功能请补充属性，没有的话可以考虑改款`);
  }
  const bannedInSource = findBannedClaims(source);
  if (bannedInSource.length > 0) {
    suggestions.push(`现有资料含广告法禁用词：${[...new Set(bannedInSource.map((b) => b.term))].join('、')}，草稿已删除`);
  }
  return { productId: product.id, title, copy: copy.map(removeBannedClaims), attributeCheck, bannedInSource, suggestions };
}

/** A check of text a model wrote: what is wrong with it, if anything. */
export interface TextReview {
  ok: boolean;
  problems: string[];
}

/**
 * Checks a title a model wrote before it replaces the draft: it must be one line, fit the limit,
 * carry no banned claim, and keep every attribute value the draft carried (models drop numbers).
 */
export function reviewTitle(candidate: string, draft: ListingDraft, product: ListingProduct): TextReview {
  const problems: string[] = [];
  if (/\n/.test(candidate.trim())) problems.push('标题不是一行');
  if (displayWidth(candidate) > TITLE_WIDTH_LIMIT) problems.push(`标题超过 ${TITLE_WIDTH_LIMIT} 字符`);
  const banned = findBannedClaims(candidate);
  if (banned.length > 0) problems.push(`含广告法禁用词：${banned.map((b) => b.term).join('、')}`);
  const lost = draft.title.attributesUsed.filter((k) => !candidate.includes(product.attributes[k].trim()));
  if (lost.length > 0) problems.push(`丢了属性：${lost.join('、')}`);
  return { ok: problems.length === 0, problems };
}

/**
 * Checks listing copy a model rewrote: no banned claim, every attribute value the draft stated is
 * still there, and no number the product's facts do not hold (a model "improving" 60L to 80L).
 */
export function reviewCopy(candidate: string, draft: ListingDraft, product: ListingProduct): TextReview {
  const problems: string[] = [];
  const banned = findBannedClaims(candidate);
  if (banned.length > 0) problems.push(`含广告法禁用词：${banned.map((b) => b.term).join('、')}`);
  const lost = Object.entries(product.attributes).filter(([, v]) => v.trim() !== '' && !candidate.includes(v.trim())).map(([k]) => k);
  if (lost.length > 0) problems.push(`丢了属性：${lost.join('、')}`);
  const known = new Set(numbersIn([product.name, ...Object.values(product.attributes), ...draft.copy].join(' ')));
  const invented = [...new Set(numbersIn(candidate).filter((n) => !known.has(n)))];
  if (invented.length > 0) problems.push(`出现资料里没有的数字：${invented.join('、')}`);
  return { ok: problems.length === 0, problems };
}
