import type { AspectOpinion } from '../../domain/review-opinions.js';

/**
 * How a buyer phrased one opinion, as the pain-point card lists it: Chinese reads aspect and opinion run
 * together in the buyer's order (拉杆角度不能调, 刺鼻的塑料); an inferred aspect was never written, so the
 * opinion stands alone.
 */
export function phrasingOf(o: Pick<AspectOpinion, 'aspect' | 'opinion' | 'clause'>): string {
  const at = o.clause.indexOf(o.aspect);
  const gap = /[a-z]/i.test(o.opinion) ? ' ' : '';
  return at < 0 ? o.opinion : at <= o.clause.indexOf(o.opinion) ? `${o.aspect}${gap}${o.opinion}` : `${o.opinion}${gap}${o.aspect}`;
}
