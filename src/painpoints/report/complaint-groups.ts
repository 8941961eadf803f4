import {
  complaintKey, complaintName, complaintOf, committedVocabulary, type Complaint, type ComplaintVocabulary,
} from './complaints.js';
import { WHOLE_PRODUCT_WORDS } from './complaint-words.js';
import type { ReviewMentions } from './review-mentions.js';
import { OVERALL_GROUP } from '../types.js';

export interface ComplaintGrouping {
  /** The reviews with each complaint's group set to its complaint key; praise keeps its aspect group. */
  reviews: ReviewMentions[];
  /** Complaint key → its plain name, from the way most of its buyers wrote it. */
  names: Map<string, string>;
}

/** Weight of a wording that names the part when choosing a complaint's name. */
const PART_NAMED = 1000;

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
export function groupByComplaint(reviews: readonly ReviewMentions[], model: ComplaintVocabulary = committedVocabulary()): ComplaintGrouping {
  // The reviews may come regrouped by the merchant's own groups (拉手 → 拉杆, merchant-aspect-groups.ts):
  // a part found in a clause joins the group its written mentions were given.
  const given = new Map<string, string>();
  for (const review of reviews) for (const o of review.opinions) if (o.aspect !== o.aspectGroup) given.set(o.aspect, o.aspectGroup);
  const vocabulary: ComplaintVocabulary = { ...model, groupOf: (word) => (model.groupOf(word) ? (given.get(word) ?? model.groupOf(word)) : undefined) };
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
  // 高度又调不了 names no part, but this shop's buyers say which one: the part they name with the same
  // dimension and problem (拉杆太矮了，高度又调不了 → 拉杆高度调不了). A bare problem (坏, 贵) stays apart:
  // on the tuning halves of the gold sets, guessing its part cost more than it found.
  for (const [key, { complaint }] of counts) {
    if (complaint.part !== null || into.has(key)) continue;
    const named = [...counts]
      .filter(([, { complaint: c }]) => c.part !== null && c.attribute === complaint.attribute && c.problem === complaint.problem)
      .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
    if (named.length > 0 && complaint.attribute !== null) into.set(key, into.get(named[0][0]) ?? named[0][0]);
  }
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
      // A name that says which part beats any count of names that do not (拉杆高度调不了 over 高度调不了),
      // and one using the group's own name (its most-said member, 拉杆) beats its other names (拉手).
      const name = complaintName(complaint);
      const weight = !complaint.partWritten ? 1 : complaint.partWritten === complaint.part ? PART_NAMED ** 2 : PART_NAMED;
      names.set(name, (names.get(name) ?? 0) + weight);
      said.set(key, names);
      return { ...o, aspectGroup: key };
    }),
  }));
  const names = new Map(
    [...said].map(([key, counts]) => [key, [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0][0]]),
  );
  return { reviews: regrouped, names };
}
