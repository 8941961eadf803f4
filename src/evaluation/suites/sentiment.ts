import { readFile } from 'node:fs/promises';
import { parseAmazonWeakLabels, parseOnlineShopping } from '../../ingest/corpora.js';
import { scoreSentiment } from '../../text/sentiment.js';
import { evaluateHeldOut } from '../../text/sentiment-evaluation.js';
import type { EvalSuite } from '../suite.js';

const isPositive = (text: string) => scoreSentiment(text).label === 'positive';

/**
 * Review sentiment on the held-out folds the committed models never saw: Chinese on
 * online_shopping_10_cats (overall and per category), English on Amazon stars as weak labels
 * (accuracy, and per class since 97% of those reviews are positive).
 */
export const suite: EvalSuite = {
  name: 'sentiment',
  async run({ sharedDataDir }) {
    const zh = evaluateHeldOut(
      parseOnlineShopping(await readFile(`${sharedDataDir}/online_shopping_10_cats/online_shopping_10_cats.csv`, 'utf8')),
      isPositive,
    );
    const en = evaluateHeldOut(
      parseAmazonWeakLabels(
        await readFile(`${sharedDataDir}/amazon_datafiniti_timestamped/Datafiniti_Amazon_Consumer_Reviews_of_Amazon_Products.csv`, 'utf8'),
      ),
      isPositive,
    );
    return {
      'sentiment.accuracy': zh.accuracy,
      'sentiment.macroF1': zh.macroF1,
      'sentiment.heldOutReviews': zh.reviews,
      ...Object.fromEntries(
        Object.entries(zh.perCategory).flatMap(([category, r]) => [
          [`sentiment.accuracy.${category}`, r.accuracy],
          [`sentiment.perCategory.${category}.accuracy`, r.accuracy],
          [`sentiment.perCategory.${category}.macroF1`, r.macroF1],
        ]),
      ),
      'sentiment.en.accuracy': en.accuracy,
      'sentiment.en.macroF1': en.macroF1,
      'sentiment.en.positive.recall': en.positive.recall,
      'sentiment.en.negative.recall': en.negative.recall,
    };
  },
};
