import { readFile } from 'node:fs/promises';
import { evaluateAbsa } from '../../painpoints/evaluation/absa-evaluation.js';
import { AspectOpinionExtractor } from '../../painpoints/tagger/extract.js';
import type { PrecisionRecall } from '../../painpoints/evaluation/metrics.js';
import { committedAbsaModel } from '../../painpoints/tagger/model-file.js';
import { parseZhijiang, splitZhijiang } from '../../painpoints/learning/zhijiang.js';
import { splitGoldClauses } from '../../painpoints/learning/gold-clauses.js';
import { scoreNegativePairs } from '../../painpoints/evaluation/negative-pairs.js';
import { readGoldClauses } from '../../ingest/gold-clauses.js';
import type { EvalSuite } from '../suite.js';

function negativeScores(extractor: AspectOpinionExtractor, split: { seed: number; heldOut: number }) {
  const heldOut = splitGoldClauses(readGoldClauses(), split.seed, split.heldOut).test.map((c) =>
    c.source === 'written' ? { ...c, category: WRITTEN } : c,
  );
  const { overall, perCategory, meanF1 } = scoreNegativePairs(extractor, heldOut);
  return {
    'absa.negative.pairF1': overall.f1,
    'absa.negative.pairPrecision': overall.precision,
    'absa.negative.pairRecall': overall.recall,
    'absa.negative.meanCategoryPairF1': meanF1,
    'absa.negative.heldOutClauses': heldOut.length,
    ...Object.fromEntries(
      Object.entries(perCategory).flatMap(([category, s]) => [
        [`absa.negative.pairF1.${category}`, s.f1],
        [`absa.negative.pairPrecision.${category}`, s.precision],
        [`absa.negative.pairRecall.${category}`, s.recall],
      ]),
    ),
  };
}

const scores = (prefix: string, s: PrecisionRecall) => ({
  [`${prefix}F1`]: s.f1,
  [`${prefix}Precision`]: s.precision,
  [`${prefix}Recall`]: s.recall,
});

/** Clauses we wrote ourselves (trolley, storage, stationery, toys) are few per kind, so they are scored as one set. */
const WRITTEN = 'written';

/**
 * Aspect-opinion extraction on the zhijiang held-out fold (the split the committed model was trained
 * without): span-exact aspect terms, opinion terms, and (aspect, opinion, polarity) pairs, per polarity.
 * Complaints (`absa.negative.*`): span-exact negative pairs on the held-out part of the hand-labelled clauses
 * (gold/absa-negative, the fixed share in the model's goldSplit), overall and per online_shopping category.
 */
export const suite: EvalSuite = {
  name: 'absa',
  async run({ sharedDataDir }) {
    const dir = `${sharedDataDir}/zhijiang_ecom_absa`;
    const model = committedAbsaModel();
    const reviews = parseZhijiang(await readFile(`${dir}/Train_reviews.csv`, 'utf8'), await readFile(`${dir}/Train_labels.csv`, 'utf8'));
    const { test } = splitZhijiang(reviews, model.split.seed, model.split.heldOut);
    const result = evaluateAbsa(new AspectOpinionExtractor(model), test);
    return {
      ...scores('absa.pair', result.pair),
      ...scores('absa.aspect', result.aspect),
      ...scores('absa.opinion', result.opinion),
      ...Object.fromEntries(
        Object.entries(result.perPolarity).flatMap(([p, s]) => Object.entries(scores(`absa.perPolarity.${p}.pair`, s))),
      ),
      'absa.heldOutReviews': test.length,
      ...negativeScores(new AspectOpinionExtractor(model), model.goldSplit),
    };
  },
};
