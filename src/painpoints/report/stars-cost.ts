import { complainedGroups, type ReviewMentions } from './review-mentions.js';

/**
 * Ridge penalty for the rating regression: with a few dozen rated reviews per group, plain least
 * squares swings wildly; 1 shrinks a group seen in one review about halfway towards zero.
 */
const RIDGE = 1;

/** Solves (A) x = b in place by Gaussian elimination with partial pivoting; A is symmetric positive definite here. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    [b[col], b[pivot]] = [b[pivot], b[col]];
    for (let r = col + 1; r < n; r++) {
      const f = a[r][col] / a[col][col];
      for (let c = col; c < n; c++) a[r][c] -= f * a[col][c];
      b[r] -= f * b[col];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let c = r + 1; c < n; c++) s -= a[r][c] * x[c];
    x[r] = s / a[r][r];
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
