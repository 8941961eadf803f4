import { randomUUID } from 'node:crypto';
import type { AgentTask, PastAnswer, ReviewOutcome, TaskOutcome } from '../domain/agent-task.js';
import { AppError } from '../domain/errors.js';
import type { AdCampaign } from '../domain/types.js';
import type { AgentTaskTable } from './tables/agents.js';
import type { Store } from './store.js';

/** Task records and past answers of the digital employees. Every query is scoped by merchant. */

export type NewAgentTask = Omit<AgentTask, 'id' | 'reviewedBy' | 'reviewedAt'> & { id?: string };

const toTask = (r: AgentTaskTable): AgentTask => ({
  id: r.id,
  role: r.role as AgentTask['role'],
  task: r.task,
  input: JSON.parse(r.input),
  output: r.output === null ? null : JSON.parse(r.output),
  askedBy: r.asked_by,
  parentId: r.parent_id,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
  outcome: r.outcome as TaskOutcome,
  provider: r.provider,
  note: r.note,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
});

export async function recordAgentTask(store: Store, merchantId: string, task: NewAgentTask): Promise<AgentTask> {
  const row: AgentTaskTable = {
    merchant_id: merchantId,
    id: task.id ?? randomUUID(),
    role: task.role,
    task: task.task,
    input: JSON.stringify(task.input ?? null),
    output: task.output === undefined || task.output === null ? null : JSON.stringify(task.output),
    asked_by: task.askedBy,
    parent_id: task.parentId,
    created_at: task.createdAt,
    finished_at: task.finishedAt,
    outcome: task.outcome,
    provider: task.provider,
    note: task.note,
    reviewed_by: null,
    reviewed_at: null,
  };
  await store.db.insertInto('agent_task').values(row).execute();
  return toTask(row);
}

export interface TaskFilter {
  role?: string;
  outcome?: TaskOutcome;
  parentId?: string;
  limit?: number;
}

/** Newest first. */
export async function listAgentTasks(store: Store, merchantId: string, filter: TaskFilter = {}): Promise<AgentTask[]> {
  let q = store.db.selectFrom('agent_task').selectAll().where('merchant_id', '=', merchantId);
  if (filter.role) q = q.where('role', '=', filter.role);
  if (filter.outcome) q = q.where('outcome', '=', filter.outcome);
  if (filter.parentId) q = q.where('parent_id', '=', filter.parentId);
  q = q.orderBy('created_at', 'desc').orderBy('id');
  if (filter.limit) q = q.limit(filter.limit);
  return (await q.execute()).map(toTask);
}

export async function findAgentTask(store: Store, merchantId: string, id: string): Promise<AgentTask | undefined> {
  const row = await store.db.selectFrom('agent_task').selectAll().where('merchant_id', '=', merchantId).where('id', '=', id).executeTakeFirst();
  return row && toTask(row);
}

export async function countAgentTasks(store: Store, merchantId: string, outcome: TaskOutcome): Promise<number> {
  const row = await store.db
    .selectFrom('agent_task')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('merchant_id', '=', merchantId)
    .where('outcome', '=', outcome)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The owner's verdict on a task. Only an unreviewed, finished task can be reviewed, and the
 * conditional update makes two reviews racing each other end with exactly one winner.
 */
export async function reviewAgentTask(
  store: Store,
  merchantId: string,
  id: string,
  review: { outcome: ReviewOutcome; by: string; at: string },
): Promise<AgentTask> {
  const result = await store.db
    .updateTable('agent_task')
    .set({ outcome: review.outcome, reviewed_by: review.by, reviewed_at: review.at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .where('reviewed_at', 'is', null)
    .where('outcome', '<>', 'failed')
    .executeTakeFirst();
  const task = await findAgentTask(store, merchantId, id);
  if (!task) throw new AppError('not_found', { key: 'no_agent_task', params: { id } });
  if (Number(result.numUpdatedRows) === 0) {
    throw new AppError('conflict', task.reviewedAt
        ? { key: 'task_already_reviewed', params: { id, outcome: String(task.outcome), by: String(task.reviewedBy) } }
        : { key: 'task_failed_cannot_review', params: { id } });
  }
  return task;
}

export async function addServiceAnswer(
  store: Store,
  merchantId: string,
  answer: { productId: string | null; question: string; answer: string; source: string; at: string },
): Promise<PastAnswer> {
  const id = randomUUID();
  await store.db
    .insertInto('service_answer')
    .values({ merchant_id: merchantId, id, product_id: answer.productId, question: answer.question, answer: answer.answer, source: answer.source, created_at: answer.at })
    .execute();
  return { id, productId: answer.productId, question: answer.question, answer: answer.answer };
}

/** Past answers about the product, plus shop-wide ones (no product). */
export async function listServiceAnswers(store: Store, merchantId: string, productId?: string): Promise<PastAnswer[]> {
  let q = store.db.selectFrom('service_answer').selectAll().where('merchant_id', '=', merchantId);
  if (productId) q = q.where((eb) => eb.or([eb('product_id', '=', productId), eb('product_id', 'is', null)]));
  const rows = await q.orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, productId: r.product_id, question: r.question, answer: r.answer }));
}

/** The merchant's ad campaigns, for the promotion specialist. */
export async function listAdCampaigns(store: Store, merchantId: string): Promise<AdCampaign[]> {
  const rows = await store.db.selectFrom('ad_campaign').selectAll().where('merchant_id', '=', merchantId).orderBy('id').execute();
  return rows.map((r) => ({
    merchantId: r.merchant_id, id: r.id, platform: r.platform, name: r.name, status: r.status,
    dailyBudget: r.daily_budget, keywords: JSON.parse(r.keywords || '[]'), startedAt: r.started_at,
  }));
}
