/** Two-proportion z-test, used to say whether a share really moved between two periods. */

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

/** P(Z > z) by the complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
export function normalUpperTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? erfc / 2 : 1 - erfc / 2;
}
