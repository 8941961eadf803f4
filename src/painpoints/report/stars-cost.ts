import { complainedGroups, type ReviewMentions } from './review-mentions.js';

/**
 * Ridge penalty for the rating regression: with a few dozen rated reviews per group, plain least
 * squares swings wildly; 1 shrinks a group seen in one review about halfway towards zero.
 */
const RIDGE = 1;

/** Relative residual at which the solution is taken: far below any difference a star figure shows. */
const TOLERANCE = 1e-12;

/**
 * Solves A x = b for the symmetric positive definite normal equations by conjugate gradients with a
 * diagonal preconditioner, over A's nonzeros only. A shop has hundreds of complained groups, but few pairs
 * of them meet in one review, so A is mostly zeros: elimination (k³) cost a whole-shop report seconds.
 */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const rows = a.map((row) => {
    const columns: number[] = [];
    const values: number[] = [];
    for (let j = 0; j < n; j++) {
      if (row[j] === 0) continue;
      columns.push(j);
      values.push(row[j]);
    }
    return { columns, values };
  });
  const times = (x: number[], out: number[]) => {
    for (let i = 0; i < n; i++) {
      const { columns, values } = rows[i];
      let s = 0;
      for (let k = 0; k < columns.length; k++) s += values[k] * x[columns[k]];
      out[i] = s;
    }
  };
  const dot = (x: number[], y: number[]) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i] * y[i];
    return s;
  };
  const x = new Array<number>(n).fill(0);
  const r = b.slice();
  const z = r.map((v, i) => v / a[i][i]);
  const p = z.slice();
  const ap = new Array<number>(n).fill(0);
  let rz = dot(r, z);
  const stop = TOLERANCE * Math.sqrt(dot(b, b));
  for (let iteration = 0; iteration < 10 * n && Math.sqrt(dot(r, r)) > stop; iteration++) {
    times(p, ap);
    const alpha = rz / dot(p, ap);
    for (let i = 0; i < n; i++) {
      x[i] += alpha * p[i];
      r[i] -= alpha * ap[i];
      z[i] = r[i] / a[i][i];
    }
    const next = dot(r, z);
    const beta = next / rz;
    rz = next;
    for (let i = 0; i < n; i++) p[i] = z[i] + beta * p[i];
  }
  return x;
}

/** Rated reviews that complain about the same set of groups, with their ratings summed. */
export interface RatedCell {
  groups: ReadonlySet<string>;
  rated: number;
  ratingSum: number;
}

/**
 * Stars each complaint costs: ridge regression of the rating on one indicator per group (the review
 * complains about it), fitted jointly so a review with two complaints does not charge both fully.
 * Reviews come in cells of the same complaints (one review is a cell of one), so stored counts fit it
 * as well as the reviews do. Returns group → stars lost (positive = the complaint lowers ratings);
 * empty when nothing is rated.
 */
export function starsCostFromCells(cells: Iterable<RatedCell>, groups: string[]): Map<string, number> {
  if (groups.length === 0) return new Map();
  const index = new Map(groups.map((g, i) => [g, i + 1]));
  const k = groups.length + 1;
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  for (const cell of cells) {
    if (cell.rated === 0) continue;
    const columns = [0];
    for (const g of cell.groups) if (index.has(g)) columns.push(index.get(g)!);
    for (const i of columns) {
      xty[i] += cell.ratingSum;
      for (const j of columns) xtx[i][j] += cell.rated;
    }
  }
  if (xtx[0][0] === 0) return new Map();
  // The intercept (mean rating of reviews with no listed complaint) is not penalised.
  for (let i = 1; i < k; i++) xtx[i][i] += RIDGE;
  const beta = solve(xtx, xty);
  return new Map(groups.map((g, i) => [g, -beta[i + 1]]));
}

/** `starsCostFromCells` over reviews, each its own cell. */
export function starsCostByGroup(reviews: ReviewMentions[], groups: string[]): Map<string, number> {
  return starsCostFromCells(
    reviews.flatMap((r) => (r.rating === null ? [] : [{ groups: complainedGroups(r), rated: 1, ratingSum: r.rating }])),
    groups,
  );
}
