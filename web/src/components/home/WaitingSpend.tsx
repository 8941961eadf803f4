import { Loaded } from '../Status.js';
import { useNumber, useT } from '../../i18n.js';
import { useApi } from '../../useApi.js';
import { HomeCard } from './HomeCard.js';
import type { BudgetStanding } from '../../../../src/approvals/budget.js';
import type { SpendProposal } from '../../../../src/domain/spend-proposal.js';

/** The slice of GET /api/approvals?view=open the board reads: only proposals still waiting for the owner. */
interface OpenInbox {
  proposals: { proposal: SpendProposal }[];
  budget: BudgetStanding;
}

// The three largest first: the money most worth a look; the approvals inbox has every one.
const SHOWN = 3;

/** Money the digital staff want to spend: nothing goes out until the owner confirms it in the approvals inbox. */
export function WaitingSpend() {
  const t = useT();
  const n = useNumber();
  const inbox = useApi<OpenInbox>('/approvals?view=open');
  return (
    <HomeCard title={t('home.spend')} to="/approvals" testId="home-spend">
      <Loaded state={inbox}>
        {({ proposals, budget }) => {
          const waiting = proposals.map((p) => p.proposal);
          const total = waiting.reduce((sum, p) => sum + p.amountYuan, 0);
          return (
            <>
              <div className="row">
                <span className="home-big" data-testid="home-spend-waiting">{n(waiting.length)}</span>
                <span>{t('home.spend.waiting')}</span>
                <span className="spacer" />
                <strong data-testid="home-spend-total">¥{n(total, 2)}</strong>
              </div>
              <p className="muted small">{t('home.spend.budgetLeft', { amount: n(budget.remainingTodayYuan) })}</p>
              {waiting.length === 0 && <p className="muted">{t('home.spend.none')}</p>}
              {[...waiting].sort((a, b) => b.amountYuan - a.amountYuan).slice(0, SHOWN).map((p) => (
                <div key={p.id} className="home-item row" data-testid="home-spend-item">
                  <strong>¥{n(p.amountYuan, 2)}</strong>
                  <span className="badge">{t(`approvals.status.${p.status}`)}</span>
                  <span className="small" style={{ flexBasis: '100%' }}>{p.description}</span>
                </div>
              ))}
            </>
          );
        }}
      </Loaded>
    </HomeCard>
  );
}
