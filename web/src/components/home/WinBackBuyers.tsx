import { Loaded } from '../Status.js';
import { api } from '../../api.js';
import { useFormat, useT } from '../../i18n.js';
import { useApi } from '../../useApi.js';
import { HomeCard, NextStep } from './HomeCard.js';
import { useSeen } from './useSeen.js';

// The API's largest list: win-back buyers rank low on expected value, so a short list would miss them.
const LISTED = 1000;
// Three names an owner can message today; the customers page has the rest.
const SHOWN = 3;

/** Buyers who spent well but are slipping away: the ones a message or coupon could still bring back. */
export function WinBackBuyers() {
  const t = useT();
  const format = useFormat();
  // The lifetime-value fit is the costliest report on the board and this card sits at the bottom: fit only when looked at.
  const [ref, seen] = useSeen<HTMLElement>();
  // The report is null before any order.
  const report = useApi(seen ? api.customers : null, { query: { top: String(LISTED) } });
  return (
    <HomeCard title={t('home.winBack')} to="/customers" testId="home-winback" ref={ref} linkText={t('home.winBack.next')}>
      <Loaded state={report}>
        {(r) => {
          if (!r) return <NextStep text={t('customers.empty')} to="/import" action={t('home.toImport')} />;
          const count = r.actions.find((a) => a.action === 'winBack')?.buyers ?? 0;
          // Biggest past spenders first: what they spent is why they are worth the effort.
          const named = r.topBuyers.filter((b) => b.action === 'winBack').sort((a, b) => b.pastSpend - a.pastSpend).slice(0, SHOWN);
          return (
            <>
              <div className="row">
                <span className="home-big" data-testid="home-winback-count">{format.number(count)}</span>
                <span>{t('home.winBack.count')}</span>
              </div>
              {count === 0 && <p className="muted">{t('home.winBack.none')}</p>}
              {named.map((b) => (
                <div key={b.buyerId} className="home-item" data-testid="home-winback-buyer">
                  <div className="row">
                    <strong translate="no">{b.buyerId}</strong>
                    <span className="spacer" />
                    <span>{t('home.winBack.spent', { amount: format.number(b.pastSpend) })}</span>
                  </div>
                  <p className="muted small">{t('home.winBack.why', { days: b.daysSinceLastPurchase, risk: format.percent(b.churnRisk) })}</p>
                </div>
              ))}
            </>
          );
        }}
      </Loaded>
    </HomeCard>
  );
}
