import { describe, expect, it } from 'vitest';
import { complaintKey, complaintName, complaintOf } from './complaints.js';
import { groupByComplaint } from './complaint-groups.js';
import { undatedReviewMentions } from './review-mentions.js';
import type { AspectOpinion } from '../types.js';

/** Triples as the tagger returns them, fragments included (角度 / 不了 for 调不了). */
const said = (aspect: string, opinion: string, clause: string, aspectGroup = aspect): AspectOpinion => ({
  aspect, aspectGroup, opinion, polarity: 'negative', clause,
});
const key = (o: AspectOpinion, sold?: string) => {
  const c = complaintOf(o, undefined, sold ? (w) => sold.includes(w) : undefined);
  return c && complaintKey(c);
};

describe('what one complaint is', () => {
  it('keeps the dimensions of one part apart: 高度 ≠ 角度 ≠ 长度', () => {
    const angle = key(said('拉杆', '角度不能调', '拉杆角度不能调'));
    const height = key(said('拉杆', '高度不能调', '拉杆高度不能调'));
    const length = key(said('拉杆', '长度不能调', '拉杆长度不能调'));
    expect(new Set([angle, height, length]).size).toBe(3);
    expect(angle).toBe('拉杆|角度|不调');
  });

  it('reads 调不了 and 不能调 as one problem, also when the tagger kept only 不了', () => {
    const fragment = complaintOf(said('角度', '不了', '拉杆的角度调不了'))!;
    expect(complaintKey(fragment)).toBe(key(said('拉杆', '角度不能调', '拉杆角度不能调')));
    expect(complaintName(fragment)).toBe('拉杆角度调不了');
  });

  it('files 轮子太小 under 轮子, not under the 尺寸 the tagger guessed', () => {
    const wheels = complaintOf(said('尺寸', '太小', '轮子太小', '尺码'))!;
    expect(wheels.part).toBe('轮子');
    expect(complaintName(wheels)).toBe('轮子太小');
    expect(complaintKey(wheels)).not.toBe(key(said('尺寸', '太小', '尺寸太小', '尺码')));
  });

  it('tells breakage apart from the clip: 卡扣容易坏 ≠ 容易裂', () => {
    expect(key(said('卡扣', '容易坏', '折叠卡扣容易坏'))).toBe('卡扣||坏');
    expect(key(said('使用体验', '容易裂', '容易裂', '使用体验'))).toBe('||裂');
  });

  it('finds the part the tagger missed in the same clause (房间地毯很脏 → 地毯)', () => {
    expect(complaintName(complaintOf(said('整体', '很脏', '房间地毯很脏', '整体'))!)).toBe('地毯很脏');
  });

  it('names nothing to fix for verdicts, fragments and the product as a whole', () => {
    expect(key(said('整体', '垃圾', '垃圾', '整体'))).toBeNull();
    expect(key(said('整体', '怎么', '怎么回事', '整体'))).toBeNull();
    expect(key(said('整体', '不买了', '以后不买了', '整体'))).toBeNull();
    expect(key(said('整体', '太差了', '手机太差了', '整体'), '手机')).toBeNull();
    expect(key(said('服务', '太差了', '服务太差了'))).toBe('服务||差');
  });

  it('reads the buyer’s body and effort as how bad it is, not as a part to fix (手腕疼, 个子高的拉着难受)', () => {
    expect(key(said('整体', '疼', '拉久了手腕疼', '整体'))).toBeNull();
    expect(key(said('整体', '很难受', '个子高的拉着很难受', '整体'))).toBeNull();
  });

  it('completes an opinion the tagger cut at the negation (高度不能|调节 = 高度不能调)', () => {
    expect(key(said('拉杆', '高度不能', '拉杆高度不能调节'))).toBe(key(said('拉杆', '高度不能调', '拉杆高度不能调')));
  });

  it('is not a complaint when it is praise', () => {
    expect(complaintOf({ ...said('轮子', '顺滑', '轮子顺滑'), polarity: 'positive' })).toBeNull();
  });
});

describe('grouping reviews by complaint', () => {
  const review = (id: string, ...opinions: AspectOpinion[]) => undatedReviewMentions(id, opinions.map((o) => o.clause).join('，'), opinions);

  it('counts 拉杆角度 and 拉杆高度 as two pain points and names each as buyers wrote it', () => {
    const { reviews, names } = groupByComplaint([
      review('a', said('拉杆', '角度不能调', '拉杆角度不能调')),
      review('b', said('角度', '不了', '拉杆角度调不了')),
      review('c', said('拉杆', '角度不能调', '拉杆角度不能调')),
      review('d', said('拉杆', '高度不能调', '拉杆高度不能调')),
    ]);
    const groups = reviews.map((r) => r.opinions[0].aspectGroup);
    expect(groups[0]).toBe(groups[1]);
    expect(groups[3]).not.toBe(groups[0]);
    expect(names.get(groups[0])).toBe('拉杆角度不能调');
    expect(names.get(groups[3])).toBe('拉杆高度不能调');
  });

  it('merges a problem written inside another (假 / 假货) but never X with 不X', () => {
    const { reviews } = groupByComplaint([
      review('a', said('整体', '假货', '假货', '整体')),
      review('b', said('整体', '假货', '肯定是假货', '整体')),
      review('c', said('整体', '假', '太假了', '整体')),
    ]);
    expect(new Set(reviews.map((r) => r.opinions[0].aspectGroup)).size).toBe(1);
  });

  it('follows the merchant’s own groups (拉手 → 拉杆) also for a part found in the clause', () => {
    const { reviews, names } = groupByComplaint([
      review('a', said('拉杆', '角度不能调', '拉杆角度不能调')),
      review('b', { ...said('拉手', '角度不能调', '拉手角度不能调'), aspectGroup: '拉杆' }),
      review('c', said('角度', '不了', '拉手的角度调不了')),
    ]);
    expect(new Set(reviews.map((r) => r.opinions[0].aspectGroup))).toEqual(new Set(['拉杆|角度|不调']));
    expect(names.get('拉杆|角度|不调')).toBe('拉杆角度不能调');
  });

  it('sends verdicts to overall dissatisfaction, which is never a pain point', () => {
    const { reviews } = groupByComplaint([review('a', said('整体', '垃圾', '垃圾', '整体'))]);
    expect(reviews[0].opinions[0].aspectGroup).toBe('整体');
  });
});

describe('ranking complaints', () => {
  const review = (id: string, text: string, ...opinions: AspectOpinion[]) => undatedReviewMentions(id, text, opinions);

  it('names each pain point by its complaint and quotes a review that says it in those words first', async () => {
    const { rankComplaints } = await import('./complaint-ranking.js');
    const ranked = rankComplaints([
      review('a', '拉杆角度不能调，弯腰拉很累，个子高的人很难受，轮子倒是很顺', said('拉杆', '角度不能调', '拉杆角度不能调')),
      review('b', '角度调不了', said('角度', '不了', '角度调不了')),
      review('c', '拉杆角度不能调', said('拉杆', '角度不能调', '拉杆角度不能调')),
      review('d', '拉杆高度不能调', said('拉杆', '高度不能调', '拉杆高度不能调')),
      review('e', '高度不能调，太矮', said('拉杆', '高度不能调', '拉杆高度不能调')),
    ]);
    expect(ranked.map((p) => p.label)).toEqual(['拉杆角度不能调', '拉杆高度不能调']);
    // 角度调不了 names no part; this shop's buyers say which: the 拉杆.
    expect(ranked[0].reviews).toBe(3);
    expect(ranked[0].evidence[0].text).toContain('拉杆角度不能调');
  });
});
