import type { ReviewMentions } from './review-mentions.js';
import type { EvidenceReview } from '../types.js';

/** How many reviews are quoted as proof for each pain point. */
export const EVIDENCE_PER_PAIN_POINT = 3;
/** Quotes shorter than this rarely say what went wrong ("差评"); longer ones get cut when shown. */
const INFORMATIVE_CHARACTERS = 8;

/**
 * The reviews that best prove a complaint: those that say it in the words it is named by first (`saysIt`,
 * so the first quote reads like the card's title), then lowest rating (the buyer meant it), then ones long
 * enough to say what went wrong, then the shortest of those (easiest to read); never the same text twice.
 */
export function pickEvidence(
  complaining: ReviewMentions[],
  count = EVIDENCE_PER_PAIN_POINT,
  saysIt: (review: ReviewMentions) => boolean = () => true,
): EvidenceReview[] {
  const says = new Map(complaining.map((r) => [r, saysIt(r)]));
  const ranked = [...complaining].sort(
    (a, b) =>
      Number(says.get(b)) - Number(says.get(a)) ||
      (a.rating ?? 3) - (b.rating ?? 3) ||
      Number(b.text.length >= INFORMATIVE_CHARACTERS) - Number(a.text.length >= INFORMATIVE_CHARACTERS) ||
      a.text.length - b.text.length ||
      a.reviewId.localeCompare(b.reviewId),
  );
  const seen = new Set<string>();
  const evidence: EvidenceReview[] = [];
  for (const review of ranked) {
    if (seen.has(review.text)) continue;
    seen.add(review.text);
    evidence.push({ reviewId: review.reviewId, text: review.text });
    if (evidence.length === count) break;
  }
  return evidence;
}
