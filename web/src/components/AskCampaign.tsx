import { useState } from 'react';
import { Link } from 'react-router-dom';
import { answerOf, api } from '../api.js';
import { useFormat, useT } from '../i18n.js';
import { useAction } from '../useAction.js';
import { ErrorBox } from './Status.js';

/**
 * From a market to the campaign employee: which platform events to join for this region or channel, worked out
 * from its orders alone; any sign-up it proposes waits in 花钱审批 for the owner.
 */
export function AskCampaign({ dimension, market }: { dimension: 'region' | 'channel'; market: string }) {
  const t = useT();
  const format = useFormat();
  const { busy, error, run } = useAction();
  const [answer, setAnswer] = useState<{ events: number; proposals: number; yuan: number }>();
  const ask = () => run(
    () => answerOf(api.agents[':role'][':task'].$post({ param: { role: 'campaign', task: 'campaigns' }, json: { [dimension]: market } })),
    (task) => {
      const output = (task.output ?? {}) as { campaigns?: { join: boolean }[]; proposals?: { amountYuan: number }[] };
      const proposals = output.proposals ?? [];
      setAnswer({
        events: (output.campaigns ?? []).filter((c) => c.join).length,
        proposals: proposals.length,
        yuan: proposals.reduce((sum, p) => sum + p.amountYuan, 0),
      });
    },
  );
  return (
    <div className="ask-campaign">
      <button type="button" className="secondary" disabled={busy} onClick={ask} data-testid="ask-campaign">{t('markets.askCampaign')}</button>
      {answer && (
        <p className="small" role="status" data-testid="ask-campaign-answer">
          {t(answer.proposals > 0 ? 'markets.campaignProposed' : 'markets.campaignNone', { market, events: answer.events, n: answer.proposals, yuan: format.yuan(answer.yuan) })}{' '}
          <Link to={answer.proposals > 0 ? '/approvals' : '/tasks'}>{t(answer.proposals > 0 ? 'markets.toApprovals' : 'markets.toTasks')}</Link>
        </p>
      )}
      {error && <ErrorBox error={error} />}
    </div>
  );
}
