import { groupByComplaint } from '../report/complaint-groups.js';
import { rankPainPoints } from '../report/ranking.js';
import { complainedGroups, undatedReviewMentions, type ReviewMentions } from '../report/review-mentions.js';
import { extractAspectOpinions } from '../tagger/extract.js';
import { scoreAgainstGold, type GoldScores, type GoldSet } from './gold-painpoints.js';

/** One online_shopping row as the gold sets number them (`os-<n>`). */
export interface GoldReviewRow {
  text: string;
  category: string;
}

/**
 * What a merchant of each online_shopping category calls what they sell, as their product names would:
 * a verdict on the product itself (手机太差了) is overall dissatisfaction, not a pain point.
 */
export const PRODUCT_NAMES: Record<string, string> = {
  书籍: '书 书籍 图书', 平板: '平板 平板电脑 手机', 手机: '手机 电话', 水果: '水果 苹果 火龙果 果子', 洗发水: '洗发水 洗发露 洗头膏 护发素',
  热水器: '热水器', 蒙牛: '蒙牛 牛奶 奶', 衣服: '衣服 裤子 短裤', 计算机: '电脑 笔记本 本本 本子', 酒店: '酒店 宾馆 饭店',
};

/**
 * A gold set's held-out reviews alone, analysed and ranked as one merchant's reviews would be, the top
 * `k` judged against the themes read in those reviews. `by: 'part'` ranks the model's aspect groups as the
 * report did before pain points were complaints, for comparison.
 */
export function judgeGoldSet(gold: GoldSet, rowOf: (id: string) => GoldReviewRow, k: number, by: 'complaint' | 'part' = 'complaint'): GoldScores {
  const heldOut = gold.reviews.filter((r) => r.heldOut).map((r) => r.id);
  const reviews: ReviewMentions[] = heldOut.map((id) => {
    const row = rowOf(id);
    return { ...undatedReviewMentions(id, row.text, extractAspectOpinions(row.text)), category: row.category, productName: PRODUCT_NAMES[row.category] ?? null };
  });
  const grouped = by === 'complaint' ? groupByComplaint(reviews) : { reviews, names: new Map<string, string>() };
  const judged = rankPainPoints(grouped.reviews, { limit: k }).map((p) => ({
    label: grouped.names.get(p.group) ?? p.label,
    reviewIds: grouped.reviews.filter((r) => complainedGroups(r).has(p.group)).map((r) => r.reviewId),
  }));
  return scoreAgainstGold(judged, gold.themes, new Set(heldOut), k);
}
