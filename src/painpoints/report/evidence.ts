import type { ReviewMentions } from './review-mentions.js';
import type { EvidenceReview } from '../types.js';

/** How many reviews are quoted as proof for each pain point. */
export const EVIDENCE_PER_PAIN_POINT = 3;
/** Quotes shorter than this rarely say what went wrong ("差评"); longer ones get cut when shown. */
export const INFORMATIVE_CHARACTERS = 8;
/** An unrated review sorts as a middling one. */
export const UNRATED_AS = 3;

/** Review ids compare as stored (code unit by code unit), as the database orders them. */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a card's quote should say: the card's name first, then the ways buyers phrase it. A quote that
 * contains the name as written comes first, then one containing a phrasing, so the first quote reads like
 * the card's title; the store asks the same of its rows (instr / strpos in `listEvidenceCandidates`).
 */
export const cardWords = (label: string, phrasings: readonly { text: string }[] = []): string[] =>
  [...new Set([label, ...phrasings.map((p) => p.text)])].filter((w) => w !== '');

/** How far a text is from saying the card: 0 its name (`words[0]`), 1 another of its words, 2 none. */
export const sayingTier = (words: readonly string[]) => (review: Pick<ReviewMentions, 'text'>): number =>
  words.length > 0 && review.text.includes(words[0]) ? 0 : words.some((w) => review.text.includes(w)) ? 1 : 2;

/**
 * The first `count` quotes of reviews already in evidence order, never the same text twice. The store
 * gives them in that order from an index (painpoint_complaint); `pickEvidence` sorts them in memory.
 */
export function distinctEvidence(ranked: Iterable<EvidenceReview>, count = EVIDENCE_PER_PAIN_POINT): EvidenceReview[] {
  const seen = new Set<string>();
  const evidence: EvidenceReview[] = [];
  for (const review of ranked) {
    if (evidence.length === count) break;
    if (seen.has(review.text)) continue;
    seen.add(review.text);
    evidence.push({ reviewId: review.reviewId, text: review.text });
  }
  return evidence;
}

/**
 * The reviews that best prove a complaint: those that say it in the words it is named by first (`tierOf`,
 * see `sayingTier`), then lowest rating (the buyer meant it), then ones long
 * enough to say what went wrong, then the shortest of those (easiest to read); never the same text twice.
 */
export function pickEvidence(
  complaining: ReviewMentions[],
  count = EVIDENCE_PER_PAIN_POINT,
  tierOf: (review: ReviewMentions) => number = () => 0,
): EvidenceReview[] {
  const tiers = new Map(complaining.map((r) => [r, tierOf(r)]));
  const ranked = [...complaining].sort(
    (a, b) =>
      tiers.get(a)! - tiers.get(b)! ||
      (a.rating ?? UNRATED_AS) - (b.rating ?? UNRATED_AS) ||
      Number(b.text.length >= INFORMATIVE_CHARACTERS) - Number(a.text.length >= INFORMATIVE_CHARACTERS) ||
      a.text.length - b.text.length ||
      compareIds(a.reviewId, b.reviewId),
  );
  return distinctEvidence(ranked, count);
}
