import { readFile } from 'node:fs/promises';
import { dayNumber, summariseBuyers } from '../../customers/buyer-history.js';
import { parseCdnow } from '../../customers/cdnow.js';
import { fitClv } from '../../customers/clv.js';
import { validateHoldout } from '../../customers/holdout.js';
import { maxOf } from '../../math/summary.js';
import type { EvalSuite } from '../suite.js';

// The published setting (Fader, Hardie & Lee 2005): 39-week calibration ending 1997-09-30, 39-week holdout, weeks.
const WINDOW = { calibrationEndDay: dayNumber('1997-09-30'), observationEndDay: dayNumber('1998-06-30'), unitDays: 7 };
const HOLDOUT_WEEKS = 39;
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, v: 15.44 };

/** CLV on the CDNOW 1/10 sample: fitted parameters, their largest relative gap to the published fit, and the holdout forecast. */
export const suite: EvalSuite = {
  name: 'clv',
  async run({ sharedDataDir }) {
    const purchases = parseCdnow(await readFile(`${sharedDataDir}/cdnow/CDNOW_sample.txt`, 'utf8'));
    const histories = summariseBuyers(purchases, WINDOW);
    const model = fitClv(histories);
    const holdout = validateHoldout(histories, model, HOLDOUT_WEEKS);
    const fitted = { ...model.purchases.params, ...model.spend.params };
    const gap = maxOf(Object.keys(PUBLISHED) as (keyof typeof PUBLISHED)[], (k) => Math.abs(fitted[k] / PUBLISHED[k] - 1));
    return {
      'clv.bgnbd.r': fitted.r,
      'clv.bgnbd.alpha': fitted.alpha,
      'clv.bgnbd.a': fitted.a,
      'clv.bgnbd.b': fitted.b,
      'clv.bgnbd.logLikelihood': model.purchases.logLikelihood,
      'clv.gammaGamma.p': fitted.p,
      'clv.gammaGamma.q': fitted.q,
      'clv.gammaGamma.v': fitted.v,
      'clv.publishedMaxRelativeGap': gap,
      'clv.holdout.mae': holdout.mae,
      'clv.holdout.rmse': holdout.rmse,
      'clv.holdout.naiveMae': holdout.naiveMae,
      'clv.holdout.predictedPurchases': holdout.predictedPurchases,
      'clv.holdout.actualPurchases': holdout.actualPurchases,
      'clv.holdout.totalRelativeError': holdout.predictedPurchases / holdout.actualPurchases - 1,
      'clv.holdout.spendMae': holdout.spendMae,
    };
  },
};
