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
  // Per stratum, the rows naming each group: a test reads only the rows that name one of its two sets,
  // not every row of the shop for every pair of groups clustering asks about.
  const strata = new Map<string, { size: number; counts: number[]; rowsOf: Map<string, number[]> }>();
  for (const { stratum, groups, reviews: count = 1 } of reviews) {
    if (groups.size === 0) continue;
    let s = strata.get(stratum);
    if (!s) strata.set(stratum, (s = { size: 0, counts: [], rowsOf: new Map() }));
    const row = s.counts.length;
    s.counts.push(count);
    s.size += count;
    for (const g of groups) {
      const rows = s.rowsOf.get(g) ?? [];
      rows.push(row);
      s.rowsOf.set(g, rows);
    }
  }
  const naming = (rowsOf: Map<string, number[]>, set: readonly string[]) => {
    const rows = new Set<number>();
    for (const g of set) for (const row of rowsOf.get(g) ?? []) rows.add(row);
    return rows;
  };
  return (a: readonly string[], b: readonly string[]): boolean => {
    let expected = 0;
    let observed = 0;
    for (const { size, counts, rowsOf } of strata.values()) {
      const [withA, withB] = [naming(rowsOf, a), naming(rowsOf, b)];
      let [na, nb] = [0, 0];
      for (const row of withA) {
        na += counts[row];
        if (withB.has(row)) observed += counts[row];
      }
      for (const row of withB) nb += counts[row];
      expected += (na * nb) / size;
    }
    return poissonLowerTail(observed, expected) < SUBSTITUTE_P_VALUE;
  };
}
