/**
 * Whether buyers write two aspects in place of each other. Different parts are named side by side
 * ("送货快，反应慢"), so reviews that name one name the other about as often as chance or more; one part
 * under two names is a choice of word, so a review names one or the other and almost never both. Shared
 * opinion words alone cannot tell these apart when the opinion is a scale (快/慢 for 送货 and for 反应).
 */

import { logAddExp } from '../../math/special-functions.js';

/**
 * A merge needs co-occurrence this improbable under independence. Strict, because a wrong merge hides a
 * pain point inside another, while a missed one only leaves it split as it was before.
 */
export const SUBSTITUTE_P_VALUE = 0.01;

/**
 * One review's named aspect groups and the stratum they are compared within: at least the product, since
 * two products' parts never meet in one review and would look like substitutes.
 */
export interface NamedGroups {
  stratum: string;
  groups: ReadonlySet<string>;
  /** How many reviews name exactly these groups (1 when each review is listed). */
  reviews?: number;
}

/**
 * P(X ≤ k) for X ~ Poisson(mean), summed term by term in logs: a big shop's expected overlap can pass 745,
 * where e^-mean underflows to 0 and would call any two common aspects substitutes.
 */
export function poissonLowerTail(k: number, mean: number): number {
  let logTerm = -mean;
  let logSum = logTerm;
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(mean / i);
    logSum = logAddExp(logSum, logTerm);
  }
  return Math.min(1, Math.exp(logSum));
}

/**
 * A test that two sets of groups are substitutes: the reviews naming both are significantly fewer than
 * independence within each stratum predicts. The count under independence is a sum of binomials per
 * stratum, approximated by a Poisson with the same mean, whose lower tail is wider (conservative).
 * With too little data the expected overlap is small, nothing is significant and nothing merges.
 */
export function substituteTest(reviews: NamedGroups[]) {
  const strata = new Map<string, { groups: ReadonlySet<string>; reviews: number }[]>();
  for (const { stratum, groups, reviews: count = 1 } of reviews) {
    if (groups.size === 0) continue;
    const list = strata.get(stratum) ?? [];
    list.push({ groups, reviews: count });
    strata.set(stratum, list);
  }
  const sizes = new Map([...strata].map(([stratum, list]) => [stratum, list.reduce((n, x) => n + x.reviews, 0)]));
  return (a: readonly string[], b: readonly string[]): boolean => {
    let expected = 0;
    let observed = 0;
    for (const [stratum, list] of strata) {
      let [na, nb] = [0, 0];
      for (const { groups, reviews: count } of list) {
        const [hasA, hasB] = [a.some((g) => groups.has(g)), b.some((g) => groups.has(g))];
        if (hasA) na += count;
        if (hasB) nb += count;
        if (hasA && hasB) observed += count;
      }
      expected += (na * nb) / sizes.get(stratum)!;
    }
    return poissonLowerTail(observed, expected) < SUBSTITUTE_P_VALUE;
  };
}
