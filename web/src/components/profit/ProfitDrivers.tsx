import { useFormat, useT } from '../../i18n.js';
import type { ProfitReport } from './types.js';

/** What drives profit: pain points in yuan (with the assumption), price response per product, small orders. */
export function ProfitDrivers({ report: r }: { report: ProfitReport }) {
  const t = useT();
  const format = useFormat();
  const small = r.smallOrders;
  return (
    <>
      <h2>{t('profit.painPoints')}</h2>
      <p className="small muted" data-testid="painpoint-assumption">{t('profit.painPointsAssumption', { perStar: format.percent(r.settings.salesLostPerStar, 1) })}</p>
      {r.painPointCosts.length === 0 ? <p className="muted">{t('profit.noPainPoints')}</p> : (
        <ol className="plain-list" data-testid="painpoint-costs">
          {r.painPointCosts.map((p) => (
            <li key={`${p.productId}-${p.group}`} className="card small">
              {t('profit.painPointLine', {
                product: p.productName, label: p.label, reviews: format.number(p.reviews), share: format.percent(p.share),
                stars: format.number(p.starsLost, 2), yuan: format.yuan(p.yuanLost),
              })}
            </li>
          ))}
        </ol>
      )}

      <h2>{t('profit.prices')}</h2>
      <p className="small muted">{t('profit.pricesBase')}</p>
      <ul className="plain-list" data-testid="price-responses">
        {r.priceResponses.map(({ productId, name, response: x }) => (
          <li key={productId} className="card small">
            <strong>{name}</strong>：
            {x.status === 'estimated'
              ? t('profit.elasticity', {
                e: format.signedPercent(x.elasticity / 100, 2), level: format.percent(x.level), low: format.signedPercent(x.low / 100, 2),
                high: format.signedPercent(x.high / 100, 2), prices: format.number(x.prices), months: format.number(x.months),
              })
              : t('profit.notEnough', { prices: format.number(x.prices), months: format.number(x.months), needPrices: format.number(x.needPrices), needMonths: format.number(x.needMonths) })}
          </li>
        ))}
      </ul>

      {small && (
        <>
          <h2>{t('profit.smallOrders')}</h2>
          <p className="small" data-testid="small-orders">
            {t('profit.smallOrdersLine', {
              orders: format.number(small.orders), small: format.number(small.smallOrders), units: format.number(small.smallOrderUnits),
              share: format.percent(small.share), revenueShare: format.percent(small.revenueShare), before: format.percent(small.before), after: format.percent(small.after),
            })} {t(`profit.direction.${small.direction}`)}
          </p>
        </>
      )}
    </>
  );
}
