import { countAgentTasks, listAdCampaigns } from '../../store/agents.js';
import { painPointReportFor } from '../../services/painpoints.js';
import { CAMPAIGN_HORIZON_DAYS } from '../campaign/advice.js';
import { upcomingEvents } from '../campaign/calendar.js';
import { planWeek, type Assignment } from '../manager/plan.js';
import type { AgentTask } from '../../domain/agent-task.js';
import { ownProducts, risingKeywords } from './facts.js';
import type { TaskInputs } from './inputs.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/** Runs one assignment as its own recorded task, asked by the manager. */
export type RunAssignment = (assignment: Assignment) => Promise<AgentTask>;

/** Store manager: plans the week from the shop's insights and, when asked to, has the team do it. */
export async function planTheWeek(
  place: AgentWorkplace,
  merchantId: string,
  input: TaskInputs['manager']['plan'],
  runAssignment: RunAssignment,
): Promise<TaskResult> {
  const today = place.now().toISOString();
  const [products, report, rising, campaigns, questionsWaiting] = await Promise.all([
    ownProducts(place.store, merchantId),
    painPointReportFor(place.store, merchantId, {}),
    risingKeywords(place.store, merchantId),
    listAdCampaigns(place.store, merchantId),
    countAgentTasks(place.store, merchantId, 'needs_human'),
  ]);
  const plan = planWeek({
    today,
    products,
    painPoints: report.byProduct.map((s) => ({ productId: s.key, painPoints: s.painPoints })),
    rising,
    upcomingEvents: upcomingEvents(today, CAMPAIGN_HORIZON_DAYS),
    activeAdCampaigns: campaigns.filter((c) => c.status === 'active').length,
    questionsWaiting,
  });
  if (!input.run) return { output: plan, outcome: 'done', note: null };
  const done: { assignment: Assignment; taskId: string | null; outcome: string; error?: string }[] = [];
  // One at a time: the specialists share the store and the guard's budget, and order follows priority.
  // One specialist failing (its task is recorded as failed) does not stop the others' work.
  for (const assignment of plan.assignments) {
    try {
      const task = await runAssignment(assignment);
      done.push({ assignment, taskId: task.id, outcome: task.outcome });
    } catch (error) {
      done.push({ assignment, taskId: null, outcome: 'failed', error: (error as Error).message });
    }
  }
  return { output: { ...plan, done }, outcome: 'done', note: null };
}
