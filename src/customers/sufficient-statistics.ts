/**
 * Buyers with the same (x, t_x, T) contribute identical likelihood terms, so the fit sums over
 * distinct triples weighted by how many buyers share them. With day-level dates a cohort of
 * millions collapses to tens of thousands of triples, which is what keeps the fit fast.
 */
import type { BuyerHistory } from './buyer-history.js';

export interface RepeatGroups {
  size: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  /** Index into `distinctX` for each group: Γ terms depend on x alone and are computed once per x. */
  xIndex: Int32Array;
  distinctX: Float64Array;
  /** Likewise for ln(α + T) and ln(α + t_x): day-level dates give only a few hundred distinct times. */
  TIndex: Int32Array;
  distinctT: Float64Array;
  txIndex: Int32Array;
  distinctTx: Float64Array;
}

/** Repeat buyers by (x, average spend); Γ terms again depend on x alone. */
export interface SpendGroups {
  size: number;
  x: Float64Array;
  averageSpend: Float64Array;
  /** ln of the average spend, fixed by the data, so computed once instead of per likelihood evaluation. */
  logAverageSpend: Float64Array;
  weight: Float64Array;
  xIndex: Int32Array;
  distinctX: Float64Array;
}

/** Buyers with equal keys have equal BG/NBD likelihood terms and forecasts. */
export const repeatPurchaseKey = (h: BuyerHistory) => [h.repeatPurchases, h.recency, h.tenure];

export function groupRepeatPurchases(histories: readonly BuyerHistory[]): RepeatGroups {
  const { members, weight } = groupBy(histories, repeatPurchaseKey);
  const x = members.map((h) => h.repeatPurchases);
  const tx = members.map((h) => h.recency);
  const T = members.map((h) => h.tenure);
  const byT = indexDistinct(T);
  const byTx = indexDistinct(tx);
  return {
    size: members.length,
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    weight,
    ...indexDistinct(x),
    TIndex: byT.xIndex,
    distinctT: byT.distinctX,
    txIndex: byTx.xIndex,
    distinctTx: byTx.distinctX,
  };
}

/** Only repeat buyers carry spend information for Gamma-Gamma (their first purchase is excluded). */
export function groupRepeatSpend(histories: readonly BuyerHistory[]): SpendGroups {
  const repeatBuyers = histories.filter((h) => h.repeatPurchases > 0 && h.averageRepeatSpend > 0);
  const { members, weight } = groupBy(repeatBuyers, (h) => [h.repeatPurchases, h.averageRepeatSpend]);
  const x = members.map((h) => h.repeatPurchases);
  const spend = members.map((h) => h.averageRepeatSpend);
  return {
    size: members.length,
    x: Float64Array.from(x),
    averageSpend: Float64Array.from(spend),
    logAverageSpend: Float64Array.from(spend, Math.log),
    weight,
    ...indexDistinct(x),
  };
}

type KeyTree = Map<number, KeyTree | number>;

export interface Grouping<T> {
  /** One representative row per distinct key. */
  members: T[];
  /** How many rows share each member's key. */
  weight: Float64Array;
  /** For every row, the index of its member. */
  groupOf: Int32Array;
}

/**
 * Groups rows by a tuple of numbers. A tree of maps keyed by the numbers themselves avoids turning
 * millions of fractional times into strings, which is most of the cost at a million buyers.
 */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => readonly number[]): Grouping<T> {
  const root: KeyTree = new Map();
  const members: T[] = [];
  const weight: number[] = [];
  const groupOf = new Int32Array(rows.length);
  rows.forEach((row, r) => {
    const key = keyOf(row);
    let level = root;
    for (let i = 0; i < key.length - 1; i++) {
      let next = level.get(key[i]) as KeyTree | undefined;
      if (!next) {
        next = new Map();
        level.set(key[i], next);
      }
      level = next;
    }
    let at = level.get(key[key.length - 1]) as number | undefined;
    if (at === undefined) {
      at = members.length;
      level.set(key[key.length - 1], at);
      members.push(row);
      weight.push(0);
    }
    weight[at]++;
    groupOf[r] = at;
  });
  return { members, weight: Float64Array.from(weight), groupOf };
}

/** Each value's position among the sorted distinct values (named for x, reused for T and t_x). */
function indexDistinct(x: readonly number[]): { xIndex: Int32Array; distinctX: Float64Array } {
  const distinct = [...new Set(x)].sort((p, q) => p - q);
  const position = new Map(distinct.map((v, i) => [v, i]));
  return { xIndex: Int32Array.from(x, (v) => position.get(v)!), distinctX: Float64Array.from(distinct) };
}
