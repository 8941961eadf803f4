import { readdir, readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { extractAspectOpinions } from '../../painpoints/tagger/extract.js';
import { committedAbsaModel } from '../../painpoints/tagger/model-file.js';
import { rankPainPoints } from '../../painpoints/report/ranking.js';
import { categoryRecallAtK, reviewRecallAtK } from '../../painpoints/evaluation/recall-at-k.js';
import { parseZhijiang, splitZhijiang } from '../../painpoints/learning/zhijiang.js';
import { goldSetSchema, type GoldSet } from '../../painpoints/evaluation/gold-painpoints.js';
import { judgeGoldSet } from '../../painpoints/evaluation/gold-judge.js';
import { undatedReviewMentions } from '../../painpoints/report/review-mentions.js';
import type { EvalSuite } from '../suite.js';

/** Hand-read gold pain-point lists, one file per set (gold/painpoints/README.md says how they were read). */
const GOLD_DIR = new URL('../../../gold/painpoints/', import.meta.url);

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

async function onlineShoppingRows(file: string): Promise<Record<string, string>[]> {
  return (parse(await readFile(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).filter((r) => r.review);
}

async function goldSets(): Promise<GoldSet[]> {
  const files = (await readdir(GOLD_DIR)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (f) => goldSetSchema.parse(JSON.parse(await readFile(new URL(f, GOLD_DIR), 'utf8')))));
}

/** Every gold set judged on its held-out reviews (`judgeGoldSet`), per set and overall. */
function goldScores(sets: GoldSet[], rows: Record<string, string>[]): Record<string, number> {
  const scores: Record<string, number> = {};
  const perSet = sets.map((gold) => {
    const result = judgeGoldSet(gold, (id) => {
      const row = rows[Number(id.slice('os-'.length))];
      return { text: row.review, category: row.cat };
    }, K);
    scores[`painpoints.recallAt10.${gold.set}`] = result.recall;
    scores[`painpoints.precisionAt10.${gold.set}`] = result.precision;
    scores[`painpoints.mergedGoldPairs.${gold.set}`] = result.mergedGoldPairs;
    return result;
  });
  if (perSet.length === 0) return scores;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  scores['painpoints.recallAt10.gold'] = mean(perSet.map((r) => r.recall));
  scores['painpoints.precisionAt10.gold'] = mean(perSet.map((r) => r.precision));
  scores['painpoints.mergedGoldPairs'] = perSet.reduce((n, r) => n + r.mergedGoldPairs, 0);
  return scores;
}

function onlineShoppingRecall(rows: Record<string, string>[]): Record<string, number> {
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
 * Hand-read gold sets (gold/painpoints): `painpoints.recallAt10.<set>` (share of the set's top gold
 * themes a correct top-10 pain point stands for), `painpoints.precisionAt10.<set>` (share of the top ten
 * that stand for one theme without merging another), `painpoints.mergedGoldPairs.<set>` (gold themes
 * lumped into another's pain point), on the held-out reviews; `.gold` keys are the means / the total.
 */
export const suite: EvalSuite = {
  name: 'painpoints',
  async run({ sharedDataDir }) {
    const zhijiang = await zhijiangRecall(`${sharedDataDir}/zhijiang_ecom_absa`);
    const rows = await onlineShoppingRows(`${sharedDataDir}/online_shopping_10_cats/online_shopping_10_cats.csv`);
    const perCategory = onlineShoppingRecall(rows);
    const values = Object.values(perCategory);
    const onlineShopping = values.reduce((a, b) => a + b, 0) / values.length;
    return {
      'painpoints.recallAt10': (zhijiang + onlineShopping) / 2,
      'painpoints.recallAt10.zhijiang': zhijiang,
      'painpoints.recallAt10.onlineShopping': onlineShopping,
      ...Object.fromEntries(Object.entries(perCategory).map(([c, r]) => [`painpoints.recallAt10.onlineShopping.${c}`, r])),
      ...goldScores(await goldSets(), rows),
    };
  },
};
