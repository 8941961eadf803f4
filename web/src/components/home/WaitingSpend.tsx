import { Loaded } from '../Status.js';
import { api } from '../../api.js';
import { useFormat, useT } from '../../i18n.js';
import { useApi } from '../../useApi.js';
import { OwnNames, proposalNames } from '../OwnNames.js';
import { HomeCard } from './HomeCard.js';

// The three largest first: the money most worth a look; the approvals inbox has every one.
const SHOWN = 3;

/** Money the digital staff want to spend: nothing goes out until the owner confirms it in the approvals inbox. */
export function WaitingSpend() {
  const t = useT();
  const format = useFormat();
  // Only proposals still waiting for the owner.
  const inbox = useApi(api.approvals, { query: { view: 'open' } });
  return (
    <HomeCard title={t('home.spend')} to="/approvals" testId="home-spend" linkText={t('home.spend.next')}>
      <Loaded state={inbox}>
        {({ proposals, budget }) => {
          const waiting = proposals.map((p) => p.proposal);
          const total = waiting.reduce((sum, p) => sum + p.amountYuan, 0);
          return (
            <>
              <div className="row">
                <span className="home-big" data-testid="home-spend-waiting">{format.number(waiting.length)}</span>
                <span>{t('home.spend.waiting')}</span>
                <span className="spacer" />
                <strong data-testid="home-spend-total">{format.yuan(total, 2)}</strong>
              </div>
              <p className="muted small">{t('home.spend.budgetLeft', { amount: format.number(budget.remainingTodayYuan) })}</p>
              {waiting.length === 0 && <p className="muted">{t('home.spend.none')}</p>}
              {[...waiting].sort((a, b) => b.amountYuan - a.amountYuan).slice(0, SHOWN).map((p) => (
                <div key={p.id} className="home-item row" data-testid="home-spend-item">
                  <strong>{format.yuan(p.amountYuan, 2)}</strong>
                  <span className="badge">{t(`approvals.status.${p.status}`)}</span>
                  <span className="small" style={{ flexBasis: '100%' }}><OwnNames text={p.description} names={proposalNames(p.payload)} /></span>
                </div>
              ))}
            </>
          );
        }}
      </Loaded>
    </HomeCard>
  );
}
