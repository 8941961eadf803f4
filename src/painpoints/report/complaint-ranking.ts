import { groupByComplaint } from './complaint-groups.js';
import type { ComplaintVocabulary } from './complaints.js';
import { cardWords, pickEvidence, sayingTier } from './evidence.js';
import { rankPainPoints, type RankedPainPoint, type RankOptions } from './ranking.js';
import type { ReviewMentions } from './review-mentions.js';

/**
 * Pain points as complaints (拉杆角度不能调, 轮子太小), worst first: `groupByComplaint`, then the usual
 * ranking, each named by how most of its buyers wrote it, with first the quotes that say its name or a
 * phrasing as written (the rule the store's quote query follows).
 * `group` is the complaint key (part|dimension|problem), stable across reports of the same shop.
 */
export function rankComplaints(reviews: readonly ReviewMentions[], options: RankOptions = {}, vocabulary?: ComplaintVocabulary): RankedPainPoint[] {
  const { reviews: grouped, names } = groupByComplaint(reviews, vocabulary);
  return rankPainPoints(grouped, options).map((p) => {
    const name = names.get(p.group) ?? p.label;
    const complaining = grouped.filter((r) => r.opinions.some((o) => o.aspectGroup === p.group && o.polarity === 'negative'));
    return { ...p, label: name, evidence: pickEvidence(complaining, p.evidence.length || undefined, sayingTier(cardWords(name, p.phrasings))) };
  });
}
