import {
  complaintKey, complaintName, complaintOf, committedVocabulary, WHOLE_PRODUCT_WORDS, type Complaint, type ComplaintVocabulary,
} from './complaints.js';
import type { ReviewMentions } from './review-mentions.js';
import { OVERALL_GROUP } from '../types.js';

export interface ComplaintGrouping {
  /** The reviews with each complaint's group set to its complaint key; praise keeps its aspect group. */
  reviews: ReviewMentions[];
  /** Complaint key → its plain name, from the way most of its buyers wrote it. */
  names: Map<string, string>;
}

/** 不X and X are opposite problems, never one. */
const opposite = (a: string, b: string) => a === `不${b}` || b === `不${a}`;

/**
 * Problems of one part and dimension where one is written inside the other (假 / 假货, 不新鲜 / 很不新鲜) are
 * one complaint, counted under the more common wording. A single character is inside too many words
 * (吃 in 难吃) to merge on its own, except with a noun suffix (假货). Dimensions never merge (高度 ≠ 角度):
 * they are in the key.
 */
const contains = (long: string, short: string) =>
  long.includes(short) && (short.length >= 2 || long === `${short}货` || long === `${short}的`);

function mergeContained(counts: Map<string, { complaint: Complaint; n: number }>): Map<string, string> {
  const into = new Map<string, string>();
  const byCount = [...counts].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  for (const [key, { complaint }] of byCount) {
    const target = byCount.find(
      ([other, { complaint: c }]) =>
        other !== key &&
        !into.has(other) &&
        counts.get(other)!.n >= counts.get(key)!.n &&
        c.part === complaint.part &&
        c.attribute === complaint.attribute &&
        (contains(c.problem, complaint.problem) || contains(complaint.problem, c.problem)) &&
        !opposite(c.problem, complaint.problem),
    );
    if (target) into.set(key, target[0]);
  }
  return into;
}

/**
 * Regroups complaints so each pain point is one complaint (拉杆角度不能调), not one part (拉杆). Complaints
 * that name nothing to fix join overall dissatisfaction, which is never a pain point.
 */
export function groupByComplaint(reviews: readonly ReviewMentions[], vocabulary: ComplaintVocabulary = committedVocabulary()): ComplaintGrouping {
  const complaints = reviews.map((review) => {
    // What this review's product is called (its category, its name): a verdict on it is no pain point.
    const sold = [review.category, review.productName].filter((s): s is string => !!s);
    const isWholeProduct = (word: string) => WHOLE_PRODUCT_WORDS.has(word) || sold.some((s) => s.includes(word));
    return review.opinions.map((o) => (o.polarity === 'negative' ? complaintOf(o, vocabulary, isWholeProduct) : null));
  });
  const counts = new Map<string, { complaint: Complaint; n: number }>();
  for (const list of complaints) {
    for (const c of list) {
      if (!c) continue;
      const entry = counts.get(complaintKey(c)) ?? { complaint: c, n: 0 };
      entry.n++;
      counts.set(complaintKey(c), entry);
    }
  }
  const into = mergeContained(counts);
  const keyOf = (c: Complaint) => {
    const key = complaintKey(c);
    return into.get(key) ?? key;
  };

  const said = new Map<string, Map<string, number>>();
  const regrouped = reviews.map((review, r) => ({
    ...review,
    opinions: review.opinions.map((o, i) => {
      if (o.polarity !== 'negative') return o;
      const complaint = complaints[r][i];
      if (!complaint) return { ...o, aspectGroup: OVERALL_GROUP };
      const key = keyOf(complaint);
      const names = said.get(key) ?? new Map<string, number>();
      const name = complaintName(complaint);
      names.set(name, (names.get(name) ?? 0) + 1);
      said.set(key, names);
      return { ...o, aspectGroup: key };
    }),
  }));
  const names = new Map(
    [...said].map(([key, counts]) => [key, [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0][0]]),
  );
  return { reviews: regrouped, names };
}
