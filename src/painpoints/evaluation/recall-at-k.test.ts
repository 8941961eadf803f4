import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../ingest/shared-data.js';
import { extractAspectOpinions } from '../tagger/extract.js';
import { committedAbsaModel } from '../tagger/model-file.js';
import { rankPainPoints } from '../report/ranking.js';
import { categoryRecallAtK, reviewRecallAtK } from './recall-at-k.js';
import { undatedReviewMentions } from '../report/review-mentions.js';
import type { AspectOpinion } from '../types.js';
import { parseZhijiang, splitZhijiang } from '../learning/zhijiang.js';

const complaint = (group: string): AspectOpinion => ({ aspect: group, aspectGroup: group, opinion: '不好', polarity: 'negative', clause: group });

describe('recall of gold complaints in the top pain points', () => {
  it('counts the gold complaining reviews that complain about a top-k pain point', () => {
    const reviews = [
      ...Array.from({ length: 5 }, (_, i) => undatedReviewMentions(`a${i}`, '拉杆', [complaint('拉杆')])),
      ...Array.from({ length: 3 }, (_, i) => undatedReviewMentions(`b${i}`, '轮子', [complaint('轮子')])),
      undatedReviewMentions('c', '还行', []),
    ];
    const ranked = rankPainPoints(reviews);
    const gold = new Set(['a0', 'a1', 'b0', 'c']);
    expect(reviewRecallAtK(reviews, ranked, gold, 1)).toBeCloseTo(2 / 4);
    expect(reviewRecallAtK(reviews, ranked, gold, 2)).toBeCloseTo(3 / 4);
  });

  it('names most zhijiang complaint categories of the held-out fold in the top 10', () => {
    const model = committedAbsaModel();
    const all = parseZhijiang(readFileSync(sharedData.absaReviews, 'utf8'), readFileSync(sharedData.absaLabels, 'utf8'));
    const { test } = splitZhijiang(all, model.split.seed, model.split.heldOut);
    const reviews = test.map((r) => undatedReviewMentions(r.id, r.text, extractAspectOpinions(r.text)));
    const gold = new Map(test.map((r) => [r.id, r.labels.filter((l) => l.polarity === 'negative').map((l) => l.category)]));
    const ranked = rankPainPoints(reviews);
    expect(categoryRecallAtK(reviews, ranked, gold, 10)).toBeGreaterThanOrEqual(0.5);
    expect(categoryRecallAtK(reviews, ranked, gold, 1)).toBeLessThan(categoryRecallAtK(reviews, ranked, gold, 10));
  });
});
