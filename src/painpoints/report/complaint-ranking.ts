import { groupByComplaint } from './complaint-groups.js';
import type { ComplaintVocabulary } from './complaints.js';
import { pickEvidence } from './evidence.js';
import { rankPainPoints, type RankedPainPoint, type RankOptions } from './ranking.js';
import type { ReviewMentions } from './review-mentions.js';

/** Written forms are compared without what does not change the meaning (的, 了, spaces, punctuation). */
const bare = (text: string) => text.replace(/[的了\s\p{P}]/gu, '');

/**
 * Pain points as complaints (拉杆角度不能调, 轮子太小), worst first: `groupByComplaint`, then the usual
 * ranking, each named by how most of its buyers wrote it, with first the quotes that say it in those words.
 * `group` is the complaint key (part|dimension|problem), stable across reports of the same shop.
 */
export function rankComplaints(reviews: readonly ReviewMentions[], options: RankOptions = {}, vocabulary?: ComplaintVocabulary): RankedPainPoint[] {
  const { reviews: grouped, names } = groupByComplaint(reviews, vocabulary);
  return rankPainPoints(grouped, options).map((p) => {
    const name = names.get(p.group) ?? p.label;
    const complaining = grouped.filter((r) => r.opinions.some((o) => o.aspectGroup === p.group && o.polarity === 'negative'));
    const saysIt = (r: ReviewMentions) => bare(r.text).includes(bare(name));
    return { ...p, label: name, evidence: pickEvidence(complaining, p.evidence.length || undefined, saysIt) };
  });
}
