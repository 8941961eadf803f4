import { COVER } from '../../materials/cover.js';
import { POSTER } from '../../materials/poster.js';
import { factFor, topicsOf } from '../attribute-topics.js';
import { removeBannedClaims } from './banned-claims.js';
import { attributeWords, type ListingPainPoint, type ListingProduct } from './title.js';

/** The words on one set of pictures: the poster's headline and points, the note cover's hook, subline and tags. */
export interface ImageCopy {
  /** what the set leads with, for the owner and the concept test ("痛点", "参数", "场景") */
  angle: string;
  poster: { title: string; points: string[] };
  cover: { hook: string; subline: string; tags: string[] };
}

/** The longest each line may be, as the templates lay them out (src/materials/poster.ts, cover.ts). */
export const IMAGE_TEXT_LIMITS = { title: POSTER.titleMax, point: POSTER.pointMax, hook: COVER.hookMax, subline: COVER.sublineMax, tag: COVER.tagMax } as const;

const cut = (text: string, max: number) => [...removeBannedClaims(text).replace(/\s+/g, ' ').trim()].slice(0, max).join('');

/**
 * Picture copy from the product's own facts and its buyers' complaints, never an invented claim: every point is an
 * attribute ("容量 60L") or a complaint answered by one ("在意气味？材质 PP" only when buyers complain about smell and
 * the product states its material), as the listing copy does; a complaint no attribute answers stays out. Up to
 * four angles, so a concept test can put them side by side; banned 广告法 words are dropped as in the listing.
 */
export function imageCopies(product: ListingProduct, painPoints: readonly ListingPainPoint[], count: number): ImageCopy[] {
  const facts = Object.entries(product.attributes)
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => cut(`${key} ${attributeWords(key, value.trim())}`, IMAGE_TEXT_LIMITS.point));
  const worries = [...painPoints]
    .sort((a, b) => b.reviews - a.reviews)
    .flatMap((pain) => {
      const topic = topicsOf(pain.label)[0];
      const fact = topic && factFor(topic, product.attributes);
      return topic && fact ? [cut(`在意${topic.topic}？${fact.key} ${attributeWords(fact.key, fact.value)}`, IMAGE_TEXT_LIMITS.point)] : [];
    })
    .filter((line, index, all) => all.indexOf(line) === index);
  const name = cut(product.name, IMAGE_TEXT_LIMITS.title);
  const category = cut(product.category ?? '', IMAGE_TEXT_LIMITS.tag);
  const tags = [category, cut(product.name, IMAGE_TEXT_LIMITS.tag)].filter((tag, index, all) => tag !== '' && all.indexOf(tag) === index);
  const points = (first: string[], second: string[]) => [...first, ...second].filter((p) => p !== '').slice(0, 4);

  const angles: ImageCopy[] = [
    { angle: '痛点', poster: { title: name, points: points(worries, facts) }, cover: { hook: cut(worries[0] ?? name, IMAGE_TEXT_LIMITS.hook), subline: cut(facts[0] ?? '', IMAGE_TEXT_LIMITS.subline), tags } },
    { angle: '参数', poster: { title: name, points: points(facts, worries) }, cover: { hook: cut(facts[0] ?? name, IMAGE_TEXT_LIMITS.hook), subline: cut(worries[0] ?? '', IMAGE_TEXT_LIMITS.subline), tags } },
    { angle: '场景', poster: { title: cut(`${category}好物`, IMAGE_TEXT_LIMITS.title), points: points(facts.slice(1), worries.slice(1)) }, cover: { hook: cut(`${category}怎么选`, IMAGE_TEXT_LIMITS.hook), subline: name, tags } },
    { angle: '清单', poster: { title: cut(`${name} 细节`, IMAGE_TEXT_LIMITS.title), points: points(facts.slice(2), facts.slice(0, 2)) }, cover: { hook: cut(`${facts.length} 个细节看懂`, IMAGE_TEXT_LIMITS.hook), subline: name, tags } },
  ];
  return angles.filter((copy) => copy.poster.points.length > 0).slice(0, Math.max(1, Math.min(4, count)));
}
