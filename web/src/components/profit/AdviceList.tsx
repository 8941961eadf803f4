import { Link } from 'react-router-dom';
import { ideaFromPainPoint, launchFromProduct } from '../../chain.js';
import { useFormat, useT } from '../../i18n.js';
import type { ProfitAdvice } from './types.js';

/** One piece of advice as a sentence with its figures, and the links that act on it. */
function AdviceCard({ advice: a }: { advice: ProfitAdvice }) {
  const t = useT();
  const format = useFormat();
  const e = a.evidence;
  const n = (key: string) => Number(e[key] ?? 0);
  const params: Record<string, string> = {
    product: a.productName ?? '',
    revenue: format.yuan(n('revenue')), units: format.number(n('units')), label: String(e.label ?? ''),
    reviews: format.number(n('reviews')), share: format.percent(n('share')), stars: format.number(n('starsLost'), 2), yuan: format.yuan(n('yuanLost')),
    margin: format.percent(n('margin'), 1), shopMargin: format.percent(n('shopMargin'), 1), profit: format.yuan(n('grossProfit')),
    rate: format.percent(n('returnRate')), returned: format.number(n('returnedOrders')), paid: format.number(n('paidOrders')),
    refunds: format.yuan(n('refunds')), reason: e.reason ? String(e.reason) : t('advice.noReason'), change: format.signedPercent(n('change')),
    small: format.number(n('smallOrders')), orders: format.number(n('orders')), shipping: format.yuan(n('shipping')),
  };
  if (a.kind === 'smallOrders') Object.assign(params, { units: format.number(n('smallOrderUnits')) });
  const next = a.next;
  return (
    <li className="card" data-testid={`advice-${a.kind}`}>
      <p>{t(`advice.${a.kind}`, params)}</p>
      <p className="small muted">{t('advice.yuanAtStake', { yuan: format.yuan(a.yuan) })}</p>
      {next.kind === 'enterCost' && <a className="next-step" href="#missing-costs">{t('next.enterCost')}</a>}
      {next.kind === 'painPoint' && (
        <>
          <Link className="next-step" to="/painpoints">{t('next.painPoint')}</Link>
          <Link className="next-step" to={ideaFromPainPoint(next)} data-testid="advice-to-idea">{t('next.idea')}</Link>
        </>
      )}
      {next.kind === 'launch' && <Link className="next-step" to={launchFromProduct(next)} data-testid="advice-to-launch">{t('next.launch')}</Link>}
      {next.kind === 'customers' && <Link className="next-step" to="/customers">{t('next.customers')}</Link>}
    </li>
  );
}

export function AdviceList({ advice }: { advice: ProfitAdvice[] }) {
  const t = useT();
  return (
    <div data-testid="profit-advice">
      <h2>{t('profit.advice')}</h2>
      <p className="small muted">{t('profit.adviceBase')}</p>
      {advice.length === 0 ? <p className="muted">{t('profit.noAdvice')}</p> : (
        <ol className="plain-list">{advice.map((a, i) => <AdviceCard key={`${a.kind}-${a.productId}-${i}`} advice={a} />)}</ol>
      )}
    </div>
  );
}
