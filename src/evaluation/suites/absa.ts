import { readFile } from 'node:fs/promises';
import { evaluateAbsa } from '../../painpoints/evaluation/absa-evaluation.js';
import { AspectOpinionExtractor } from '../../painpoints/tagger/extract.js';
import type { PrecisionRecall } from '../../painpoints/evaluation/metrics.js';
import { committedAbsaModel } from '../../painpoints/tagger/model-file.js';
import { parseZhijiang, splitZhijiang } from '../../painpoints/learning/zhijiang.js';
import type { EvalSuite } from '../suite.js';

const scores = (prefix: string, s: PrecisionRecall) => ({
  [`${prefix}F1`]: s.f1,
  [`${prefix}Precision`]: s.precision,
  [`${prefix}Recall`]: s.recall,
});

/**
 * Aspect-opinion extraction on the zhijiang held-out fold (the split the committed model was trained
 * without): span-exact aspect terms, opinion terms, and (aspect, opinion, polarity) pairs, per polarity.
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
    };
  },
};
