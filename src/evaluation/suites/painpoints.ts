import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { extractAspectOpinions } from '../../painpoints/tagger/extract.js';
import { committedAbsaModel } from '../../painpoints/tagger/model-file.js';
import { rankPainPoints } from '../../painpoints/report/ranking.js';
import { categoryRecallAtK, reviewRecallAtK } from '../../painpoints/evaluation/recall-at-k.js';
import { undatedReviewMentions } from '../../painpoints/report/review-mentions.js';
import { parseZhijiang, splitZhijiang } from '../../painpoints/learning/zhijiang.js';
import type { EvalSuite } from '../suite.js';

/** The merchant reads the top ten pain points; recall is measured there. */
const K = 10;
/**
 * Reviews per online_shopping category: a season of reviews for one product line, and it keeps the
 * suite to seconds. Every review of a category is kept when it has fewer.
 */
const REVIEWS_PER_CATEGORY = 800;

/** Every n-th review: deterministic and spread over the file, which is ordered by label within a category. */
function spreadSample<T>(items: T[], size: number): T[] {
  if (items.length <= size) return items;
  const step = items.length / size;
  return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)]);
}

async function zhijiangRecall(dir: string): Promise<number> {
  const model = committedAbsaModel();
  const all = parseZhijiang(await readFile(`${dir}/Train_reviews.csv`, 'utf8'), await readFile(`${dir}/Train_labels.csv`, 'utf8'));
  const { test } = splitZhijiang(all, model.split.seed, model.split.heldOut);
  const reviews = test.map((r) => undatedReviewMentions(r.id, r.text, extractAspectOpinions(r.text)));
  const gold = new Map(
    test.map((r) => [r.id, r.labels.filter((l) => l.polarity === 'negative').map((l) => l.category)] as const),
  );
  return categoryRecallAtK(reviews, rankPainPoints(reviews), gold, K);
}

async function onlineShoppingRecall(file: string): Promise<Record<string, number>> {
  const rows = (parse(await readFile(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).filter((r) => r.review);
  const byCategory = new Map<string, { id: string; text: string; negative: boolean }[]>();
  rows.forEach((r, i) => {
    const list = byCategory.get(r.cat) ?? [];
    list.push({ id: `os-${i}`, text: r.review, negative: r.label === '0' });
    byCategory.set(r.cat, list);
  });
  const recalls: Record<string, number> = {};
  for (const [category, list] of byCategory) {
    const sample = spreadSample(list, REVIEWS_PER_CATEGORY);
    const reviews = sample.map((r) => undatedReviewMentions(r.id, r.text, extractAspectOpinions(r.text)));
    const gold = new Set(sample.filter((r) => r.negative).map((r) => r.id));
    recalls[category] = reviewRecallAtK(reviews, rankPainPoints(reviews), gold, K);
  }
  return recalls;
}

/**
 * Do the top ten pain points name what buyers really complain about? Zhijiang: share of gold complaint
 * categories (负面 labels) a top-10 pain point stands for. online_shopping: share of negative reviews per
 * category that complain about a top-10 pain point. `painpoints.recallAt10` is the mean of the two.
 */
export const suite: EvalSuite = {
  name: 'painpoints',
  async run({ sharedDataDir }) {
    const zhijiang = await zhijiangRecall(`${sharedDataDir}/zhijiang_ecom_absa`);
    const perCategory = await onlineShoppingRecall(`${sharedDataDir}/online_shopping_10_cats/online_shopping_10_cats.csv`);
    const values = Object.values(perCategory);
    const onlineShopping = values.reduce((a, b) => a + b, 0) / values.length;
    return {
      'painpoints.recallAt10': (zhijiang + onlineShopping) / 2,
      'painpoints.recallAt10.zhijiang': zhijiang,
      'painpoints.recallAt10.onlineShopping': onlineShopping,
      ...Object.fromEntries(Object.entries(perCategory).map(([c, r]) => [`painpoints.recallAt10.onlineShopping.${c}`, r])),
    };
  },
};
