import { useFormat, useT } from '../i18n.js';

/** "还有 N 条评价在分析中": the page answered from the reviews analysed so far while an import's are analysed. */
export function PendingReviews({ n }: { n: number }) {
  const t = useT();
  const format = useFormat();
  if (n <= 0) return null;
  return <p className="muted small" role="status" data-testid="pending-reviews">{t('analysis.pending', { n: format.number(n) })}</p>;
}
