import { Loaded } from '../Status.js';
import { useLocale, useNumber, useT } from '../../i18n.js';
import { useApi } from '../../useApi.js';
import { HomeCard, NextStep } from './HomeCard.js';
// GET /api/agents/tasks answers these rows, newest first.
import type { AgentTask } from '../../../../src/domain/agent-task.js';

// The API's largest page: a backlog beyond it is a job for the task inbox, not the board.
const SCANNED = 500;
// The three newest: what the staff just finished; the task inbox has the rest.
const SHOWN = 3;

/** Work the digital staff finished that the owner has not accepted or rejected yet (failed runs have nothing to review). */
const awaitsReview = (task: AgentTask) => task.reviewedAt === null && task.outcome !== 'failed';

/** How much of the digital staff's work waits for the owner's yes or no. */
export function WaitingTasks() {
  const t = useT();
  const n = useNumber();
  const { locale } = useLocale();
  const tasks = useApi<AgentTask[]>(`/agents/tasks?limit=${SCANNED}`);
  return (
    <HomeCard title={t('home.tasks')} to="/tasks" testId="home-tasks">
      <Loaded state={tasks}>
        {(list) => {
          const waiting = list.filter(awaitsReview);
          return (
            <>
              <div className="row">
                <span className="home-big" data-testid="home-tasks-waiting">{n(waiting.length)}</span>
                <span>{t('home.tasks.waiting')}</span>
              </div>
              {list.length === 0 && <NextStep text={t('home.tasks.empty')} to="/tasks" action={t('home.tasks.start')} />}
              {list.length > 0 && waiting.length === 0 && <p className="muted">{t('home.tasks.none')}</p>}
              {waiting.slice(0, SHOWN).map((task) => (
                <div key={task.id} className="home-item row" data-testid="home-task">
                  <strong>{t(`role.${task.role}`)}</strong>
                  <span className="badge">{t(`outcome.${task.outcome}`)}</span>
                  <span className="spacer" />
                  <span className="muted small">{new Date(task.createdAt).toLocaleString(locale)}</span>
                </div>
              ))}
            </>
          );
        }}
      </Loaded>
    </HomeCard>
  );
}
