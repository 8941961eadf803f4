import { cut } from '../../text/segment.js';
import type { PainPoint } from '../../painpoints/types.js';
import type { Product } from '../../domain/types.js';
import type { RisingItem } from '../../domain/trends.js';
import { factFor, topicsOf } from '../attribute-topics.js';
import { displayWidth, TITLE_WIDTH_LIMIT } from '../text-width.js';
import { requiredAttributes } from './attributes.js';
import { findBannedClaims, removeBannedClaims } from './banned-claims.js';
import { unbackedFeatures } from './claims-backing.js';

export type ListingProduct = Pick<Product, 'id' | 'name' | 'category' | 'attributes'>;
export type TrendingTerm = Pick<RisingItem, 'key' | 'growth'>;
export type ListingPainPoint = Pick<PainPoint, 'label' | 'reviews'>;

export interface TitleDraft {
  title: string;
  /** Trending terms placed in the title. */
  trendingUsed: string[];
  /** Trending terms left out because the product does not state the feature they promise. */
  trendingUnbacked: { term: string; features: string[] }[];
  /** Attribute keys whose values made it into the title. */
  attributesUsed: string[];
}

/** A value longer than this is a description, not a title word (e.g. a full size table); it goes in the copy. */
const MAX_ATTRIBUTE_WIDTH = 20;
/** Bare counts read as nothing in a title ("3"), so they take their unit. */
const COUNT_UNITS: Record<string, string> = { 层数: '层', 数量: '件', 件数: '件', 支数: '支' };

export function attributeWords(key: string, value: string): string {
  return /^\d+$/.test(value) ? `${value}${COUNT_UNITS[key] ?? key}` : value;
}

/** Words of at least two characters: single characters (的, 大) would match everything. */
const meaningful = (text: string) => cut(text.toLowerCase()).filter((w) => w.trim().length >= 2);

/**
 * A search title built the way marketplace operators do it: the product's own name first, then
 * the attributes buyers filter by (those answering top complaints first), then rising search terms
 * that fit the product, within the 60-unit limit and with no banned claims.
 */
export function draftTitle(product: ListingProduct, trending: TrendingTerm[], painPoints: ListingPainPoint[]): TitleDraft {
  const facts = [product.name, product.category, ...Object.entries(product.attributes).flat()].join(' ').toLowerCase();
  const parts: string[] = [];
  const used: TitleDraft = { title: '', trendingUsed: [], trendingUnbacked: [], attributesUsed: [] };
  const current = () => parts.join(' ');
  const covered = (text: string) => {
    const title = current().toLowerCase();
    return title.includes(text.toLowerCase()) || (meaningful(text).length > 0 && meaningful(text).every((w) => title.includes(w)));
  };
  const tryAdd = (text: string): boolean => {
    const clean = removeBannedClaims(text);
    if (clean === '' || covered(clean)) return false;
    if (displayWidth([...parts, clean].join(' ')) > TITLE_WIDTH_LIMIT) return false;
    parts.push(clean);
    return true;
  };

  tryAdd(product.name);
  for (const key of attributeOrder(product, painPoints)) {
    const value = product.attributes[key].trim();
    const words = attributeWords(key, value);
    if (displayWidth(words) > MAX_ATTRIBUTE_WIDTH) continue;
    if (covered(words) || tryAdd(words)) used.attributesUsed.push(key);
  }
  // A search term carrying a banned claim is not one to rank for at all, however it trends.
  const relevant = trending
    .filter((t) => findBannedClaims(t.key).length === 0 && meaningful(t.key).some((w) => facts.includes(w)))
    .sort((a, b) => b.growth - a.growth);
  for (const term of relevant) {
    const features = unbackedFeatures(term.key, facts);
    if (features.length > 0) used.trendingUnbacked.push({ term: term.key, features });
    else if (tryAdd(term.key)) used.trendingUsed.push(term.key);
  }
  tryAdd(product.category);
  return { ...used, title: current() };
}

/** Required attributes first, those answering the most-complained topics ahead; then the rest. */
function attributeOrder(product: ListingProduct, painPoints: ListingPainPoint[]): string[] {
  const urgency = new Map<string, number>();
  for (const pain of painPoints) {
    for (const topic of topicsOf(pain.label)) {
      const fact = factFor(topic, product.attributes);
      if (fact) urgency.set(fact.key, (urgency.get(fact.key) ?? 0) + pain.reviews);
    }
  }
  const required = requiredAttributes(product.category)
    .map((spec) => spec.split('|').find((k) => (product.attributes[k] ?? '').trim() !== ''))
    .filter((k): k is string => k !== undefined);
  const keys = Object.keys(product.attributes).filter((k) => product.attributes[k].trim() !== '');
  const rank = (k: string) => (required.includes(k) ? 1e9 : 0) + (urgency.get(k) ?? 0);
  return keys.sort((a, b) => rank(b) - rank(a));
}
