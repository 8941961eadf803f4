import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { PRODUCT_WIDE, type ActiveDay, type AiTaskCount, type EvalRun, type Feedback, type Verdict } from '../domain/evaluation.js';
import type { Store } from './store.js';

export async function saveEvalRun(store: Store, scores: Record<string, number>, failures: Record<string, string>): Promise<EvalRun> {
  const run = { id: randomUUID(), at: new Date().toISOString(), scores, failures };
  await store.db.insertInto('eval_run').values({
    merchant_id: PRODUCT_WIDE, id: run.id, at: run.at, scores: JSON.stringify(scores), failures: JSON.stringify(failures),
  }).execute();
  return run;
}

export async function listEvalRuns(store: Store): Promise<EvalRun[]> {
  const rows = await store.db.selectFrom('eval_run').selectAll().where('merchant_id', '=', PRODUCT_WIDE).orderBy('at').execute();
  return rows.map((r) => ({ id: r.id, at: r.at, scores: JSON.parse(r.scores), failures: JSON.parse(r.failures) }));
}

export async function saveFeedback(
  store: Store,
  merchantId: string,
  input: { capability: string; subjectId: string; verdict: Verdict; reason?: string | null; accountId?: string },
): Promise<Feedback> {
  const feedback: Feedback = {
    merchantId, id: randomUUID(), capability: input.capability, subjectId: input.subjectId, verdict: input.verdict,
    reason: input.reason ?? null, createdAt: new Date().toISOString(),
  };
  await store.db.insertInto('feedback').values({
    merchant_id: merchantId, id: feedback.id, capability: feedback.capability, subject_id: feedback.subjectId,
    verdict: feedback.verdict, reason: feedback.reason, account_id: input.accountId ?? null, created_at: feedback.createdAt,
  }).execute();
  return feedback;
}

const toFeedback = (r: { merchant_id: string; id: string; capability: string; subject_id: string; verdict: Verdict; reason: string | null; created_at: string }): Feedback => ({
  merchantId: r.merchant_id, id: r.id, capability: r.capability, subjectId: r.subject_id, verdict: r.verdict, reason: r.reason, createdAt: r.created_at,
});

export async function listFeedback(store: Store, merchantId: string): Promise<Feedback[]> {
  const rows = await store.db.selectFrom('feedback').selectAll().where('merchant_id', '=', merchantId).orderBy('created_at').execute();
  return rows.map(toFeedback);
}

/** Feedback from every merchant: the product-wide scorecard (operators only, never through the merchant API). */
export async function listAllFeedback(store: Store): Promise<Feedback[]> {
  return (await store.db.selectFrom('feedback').selectAll().orderBy('created_at').execute()).map(toFeedback);
}

/** Marks the merchant active today; repeated calls on one day add nothing. */
export async function recordActiveDay(store: Store, merchantId: string, accountId: string, at = new Date()): Promise<void> {
  await store.insertMany('active_day', [{ merchant_id: merchantId, day: at.toISOString().slice(0, 10), account_id: accountId }], ['merchant_id', 'day', 'account_id']);
}

export async function listActiveDays(store: Store, merchantId?: string): Promise<ActiveDay[]> {
  let q = store.db.selectFrom('active_day').select(['merchant_id', 'day']).distinct();
  if (merchantId) q = q.where('merchant_id', '=', merchantId);
  return (await q.orderBy('day').execute()).map((r) => ({ merchantId: r.merchant_id, day: r.day }));
}

/** AI tasks the digital employees ran, per merchant and month (from the agents' task log). */
export async function countAiTasks(store: Store, merchantId?: string): Promise<AiTaskCount[]> {
  const month = sql<string>`substr(created_at, 1, 7)`;
  let q = store.db
    .selectFrom('agent_task')
    .select((eb) => ['merchant_id', month.as('month'), eb.fn.countAll<string | number>().as('tasks')])
    .groupBy(['merchant_id', month]);
  if (merchantId) q = q.where('merchant_id', '=', merchantId);
  return (await q.execute()).map((r) => ({ merchantId: r.merchant_id, month: r.month, tasks: Number(r.tasks) }));
}
