/** Two-proportion z-test, used to say whether a share really moved between two periods. */
import { normalUpperTail } from '../math/distributions.js';

export interface ProportionChange {
  before: number;
  after: number;
  /** Two-sided p-value for "the share did not change". */
  pValue: number;
}

export function compareProportions(hitsBefore: number, totalBefore: number, hitsAfter: number, totalAfter: number): ProportionChange {
  const before = totalBefore > 0 ? hitsBefore / totalBefore : 0;
  const after = totalAfter > 0 ? hitsAfter / totalAfter : 0;
  const pooled = (hitsBefore + hitsAfter) / (totalBefore + totalAfter);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / totalBefore + 1 / totalAfter));
  if (!(spread > 0)) return { before, after, pValue: 1 };
  const z = Math.abs(after - before) / spread;
  return { before, after, pValue: Math.min(1, 2 * normalUpperTail(z)) };
}
