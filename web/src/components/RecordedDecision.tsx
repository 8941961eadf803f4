import { api, type Answer } from '../api.js';
import { useFormat, useT } from '../i18n.js';

type Decision = Answer<typeof api.selection.decisions.$get>[number];

/** One recorded decision in words: what, for which idea, on what result, when. */
export function RecordedDecision({ decision: d }: { decision: Decision }) {
  const t = useT();
  const format = useFormat();
  return (
    <p className="chain-origin" data-testid="recorded-decision">
      {t('decision.recorded', {
        decision: t(`decision.${d.decision}`), idea: d.idea, leader: d.result.leader, chance: format.percent(d.result.chanceBest, 1),
        time: format.dateTime(d.decidedAt),
      })}
    </p>
  );
}
