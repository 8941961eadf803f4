import { useFormat, useT } from '../../i18n.js';
import type { ProfitReport } from './types.js';

/** Each product as a card (phones first): revenue, units, profit, margin, returns and the quarter's trend. */
export function ProductCards({ products }: { products: ProfitReport['products'] }) {
  const t = useT();
  const format = useFormat();
  const unknown = t('profit.unknown');
  return (
    <ul className="plain-list" data-testid="profit-products">
      {products.map((p) => (
        <li key={p.productId} className="card" data-testid={`profit-product-${p.productId}`}>
          <strong>{p.name}</strong>{p.sku && <span className="small muted" translate="no"> · {p.sku}</span>}
          <div className="grid2 small">
            <span>{t('profit.revenue')}：{format.yuan(p.revenue)}</span>
            <span>{t('profit.units')}：{format.number(p.units)} · {t('profit.orders')}：{format.number(p.orders)}</span>
            <span data-testid="product-profit">{t('profit.grossProfit')}：{p.grossProfit === null ? <span className="badge bad">{t('profit.noCost')}</span> : format.yuan(p.grossProfit)}</span>
            <span>{t('profit.margin')}：{p.margin === null ? unknown : format.percent(p.margin, 1)}</span>
            <span>{t('profit.refunds')}：{format.yuan(p.refunds)} · {t('profit.returnRate')}：{p.returnRate === null ? unknown : format.percent(p.returnRate)}</span>
            {p.returnReasons[0] && <span>{t('profit.topReason')}：{p.returnReasons[0].reason}（{format.number(p.returnReasons[0].orders)}）</span>}
          </div>
          <p className="small muted">
            {t('profit.trend')}：{t(`profit.trendOf.${p.trend.measure}`, {
              recent: format.yuan(p.trend.recent), before: format.yuan(p.trend.before), change: p.trend.change === null ? '' : format.signedPercent(p.trend.change),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
