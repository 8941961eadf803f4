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

/**
 * Stars each complaint costs: ridge regression of the rating on one indicator per group (the review
 * complains about it), fitted jointly so a review with two complaints does not charge both fully.
 * Returns group → stars lost (positive = the complaint lowers ratings); empty when nothing is rated.
 */
export function starsCostByGroup(reviews: ReviewMentions[], groups: string[]): Map<string, number> {
  const rated = reviews.filter((r) => r.rating !== null);
  if (rated.length === 0 || groups.length === 0) return new Map();
  const index = new Map(groups.map((g, i) => [g, i + 1]));
  const k = groups.length + 1;
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  for (const review of rated) {
    const columns = [0, ...[...complainedGroups(review)].flatMap((g) => (index.has(g) ? [index.get(g)!] : []))];
    for (const i of columns) {
      xty[i] += review.rating!;
      for (const j of columns) xtx[i][j] += 1;
    }
  }
  // The intercept (mean rating of reviews with no listed complaint) is not penalised.
  for (let i = 1; i < k; i++) xtx[i][i] += RIDGE;
  const beta = solve(xtx, xty);
  return new Map(groups.map((g, i) => [g, -beta[i + 1]]));
}
