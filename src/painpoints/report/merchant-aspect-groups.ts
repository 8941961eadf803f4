import { DEGREE_WORDS, negatedWords, NEGATORS } from '../../text/modifiers.js';
import { normalizeForAnalysis } from '../../text/normalize.js';
import { segment } from '../../text/segment.js';
import { clusterAspects, type ContextCounts } from '../learning/aspect-groups.js';
import { negatedForm } from '../tagger/phrase-polarity.js';
import { OVERALL_GROUP } from '../types.js';
import type { ReviewMentions } from './review-mentions.js';
import { substituteTest } from './substitutes.js';
import type { GroupingReview } from '../../domain/review-opinions.js';
import type { AspectGroupingCounts } from '../../domain/painpoint-counts.js';

/**
 * Aspect groups learned from one merchant's own reviews. The committed model's groups come from public
 * corpora without a single camping-trolley review, so 拉杆, 把手 and 拉手 stay three groups there; when this
 * merchant's buyers write all three with the same complaints (角度不能调, 松了, 太短), the same PPMI-cosine
 * clustering (`clusterAspects`) over the merchant's opinions merges them. The model's groups are the units
 * merged, so the merchant's data only ever merges further and never splits what the corpora joined.
 */

/**
 * A group takes part only with this many context words said of it. The corpus clustering asks for 25
 * (scripts/train-painpoints.ts), but one merchant may have a few hundred reviews, and a part its buyers
 * keep complaining about reaches this within weeks; below it, a cosine between two groups is chance.
 */
export const MIN_MERCHANT_MENTIONS = 8;
/**
 * A context word said of at least this share of the merchant's groups (好, 不错, 满意, 差) tells nothing
 * about which part it describes, so two groups that share only such words must not merge.
 */
export const GENERIC_GROUP_SHARE = 0.25;
/**
 * …and of more groups than one part has names. Buyers rarely call a part more than three things (拉杆,
 * 把手, 拉手), so a word said of three groups may be that part's own (松, 太短); of four, it is said of
 * different parts. In a shop with few groups this bound, not the share, decides.
 */
export const MAX_NAMES_OF_ONE_PART = 3;
/**
 * A word said fewer times than this of a group is left out of its context. PPMI weighs a word said once
 * the highest of all, and at one merchant's volume such words are most of a group's vocabulary, so two
 * names of one part (房间/客房, both 干净, 大, 旧) otherwise look unrelated.
 */
export const MIN_CONTEXT_COUNT = 3;

/** Particles, adverbs (degree words, 就, 也), pronouns, numbers, punctuation: never what a part is like. */
const FUNCTION_TAG = /^[udyxpcrmqeo]/;

const degreesBySize = [...DEGREE_WORDS.keys()].sort((a, b) => b.length - a.length);

/** jieba keeps some degree + opinion pairs as one word (太短, 很快): the opinion is what is left. */
function withoutDegree(word: string): string {
  const degree = degreesBySize.find((d) => d.length < word.length && word.startsWith(d));
  return degree ? word.slice(degree.length) : word;
}

/**
 * The content words of an opinion, without degree words (太短了 → 短) so how strongly a buyer says it does
 * not split one complaint in two; a negated word in its own form (不能调 → 不调), so 结实 and 不结实 differ.
 */
export function opinionContextWords(opinion: string): string[] {
  const words = segment(normalizeForAnalysis(opinion));
  const negated = negatedWords(words.map((w) => w.word));
  return words.flatMap(({ word, tag }, i) => {
    if (NEGATORS.has(word) || DEGREE_WORDS.has(word)) return [];
    const bare = withoutDegree(word);
    // The rest of a degree compound is an opinion whatever jieba tagged the compound (很快 as an adverb).
    if (bare === word && (FUNCTION_TAG.test(tag) || !/[\p{L}\p{N}]/u.test(word))) return [];
    return [negated[i] ? negatedForm(bare) : bare];
  });
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** Opinions per committed group and reviews per set of named groups: all that learning groups reads. */
export function groupingCountsOf(reviews: readonly GroupingReview[]): AspectGroupingCounts {
  const opinions = new Map<string, AspectGroupingCounts['opinions'][number]>();
  const named = new Map<string, AspectGroupingCounts['named'][number]>();
  for (const review of reviews) {
    for (const { aspectGroup, opinion } of review.opinions) {
      const key = `${aspectGroup}\u0000${opinion}`;
      const row = opinions.get(key) ?? { aspectGroup, opinion, mentions: 0 };
      row.mentions++;
      opinions.set(key, row);
    }
    const groups = [...new Set(review.opinions.map((o) => o.aspectGroup).filter((g) => g !== OVERALL_GROUP))].sort();
    if (groups.length === 0) continue;
    const complains = review.opinions.some((o) => o.polarity === 'negative');
    const key = `${review.productId ?? ''}\u0000${complains}\u0000${groups.join('|')}`;
    const row = named.get(key) ?? { productKey: review.productId ?? '', complains, groups, reviews: 0 };
    row.reviews++;
    named.set(key, row);
  }
  return { opinions: [...opinions.values()], named: [...named.values()] };
}

/**
 * Committed group → the opinion words said of it, for groups said enough of, without generic words;
 * groups in name order, so the same counts give the same clusters whatever order they were read in.
 */
export function merchantAspectContexts(opinions: AspectGroupingCounts['opinions']): ContextCounts {
  const contexts: ContextCounts = new Map();
  // Buyers repeat the same few opinions (松了, 太短), so each is segmented once.
  const wordsOf = new Map<string, string[]>();
  for (const { aspectGroup, opinion, mentions } of opinions) {
    // Overall dissatisfaction (垃圾, 不好用) names no part, so it is no part's synonym.
    if (aspectGroup === OVERALL_GROUP) continue;
    const counts = contexts.get(aspectGroup) ?? new Map<string, number>();
    let words = wordsOf.get(opinion);
    if (!words) wordsOf.set(opinion, (words = opinionContextWords(opinion)));
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + mentions);
    contexts.set(aspectGroup, counts);
  }
  const frequent = [...contexts].filter(([, counts]) => total(counts) >= MIN_MERCHANT_MENTIONS).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const spread = new Map<string, number>();
  for (const [, counts] of frequent) for (const word of counts.keys()) spread.set(word, (spread.get(word) ?? 0) + 1);
  const isGeneric = (word: string) =>
    spread.get(word)! > MAX_NAMES_OF_ONE_PART && spread.get(word)! >= GENERIC_GROUP_SHARE * frequent.length;
  const specific: ContextCounts = new Map();
  for (const [group, counts] of frequent) {
    const kept = new Map([...counts].filter(([word, n]) => n >= MIN_CONTEXT_COUNT && !isGeneric(word)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (total(kept) >= MIN_MERCHANT_MENTIONS) specific.set(group, kept);
  }
  return specific;
}

/**
 * Committed group → the merchant's group, for groups that merged: alike in what buyers say of them and
 * written in place of each other (`substituteTest`). A merged group is named after its most-mentioned member.
 * Reads counts (stored ones for a shop: painpoint_opinion_count, painpoint_named_count), never reviews.
 */
export function merchantAspectGroupsFromCounts(counts: AspectGroupingCounts): Record<string, string> {
  const named = counts.named.map((row) => ({
    // Happy and unhappy buyers talk about different things (性价比高 vs 个子高的拉着难受), which would make
    // a praised part and a complained-about one look like substitutes; so compare within one mood too
    // (which also keeps praise-only reviews from watering down the test between two complaints).
    stratum: `${row.productKey}|${row.complains}`,
    groups: new Set(row.groups),
    reviews: row.reviews,
  }));
  const clusters = clusterAspects(merchantAspectContexts(counts.opinions), { mayMerge: substituteTest(named) });
  const mentions = new Map<string, number>();
  for (const o of counts.opinions) mentions.set(o.aspectGroup, (mentions.get(o.aspectGroup) ?? 0) + o.mentions);
  const members = new Map<string, string[]>();
  for (const [group, cluster] of Object.entries(clusters)) members.set(cluster, [...(members.get(cluster) ?? []), group]);
  const merged: Record<string, string> = {};
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const name = list.reduce((best, g) => (mentions.get(g)! > mentions.get(best)! ? g : best));
    for (const g of list) merged[g] = name;
  }
  return merged;
}

/** `merchantAspectGroupsFromCounts` over reviews in memory. */
export const merchantAspectGroups = (reviews: readonly GroupingReview[]): Record<string, string> =>
  merchantAspectGroupsFromCounts(groupingCountsOf(reviews));

/** The reviews with each opinion moved into the merchant's group; opinions of unmerged groups stay as they were. */
export function regroupReviews(reviews: ReviewMentions[], merged: Record<string, string>): ReviewMentions[] {
  if (Object.keys(merged).length === 0) return reviews;
  return reviews.map((review) => ({
    ...review,
    opinions: review.opinions.map((o) => (merged[o.aspectGroup] ? { ...o, aspectGroup: merged[o.aspectGroup] } : o)),
  }));
}
