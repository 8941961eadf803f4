import { randomUUID } from 'node:crypto';
import type { ZodType } from 'zod';
import { AppError, invalidInput } from '../../domain/errors.js';
import { addServiceAnswer, recordAgentTask, reviewAgentTask } from '../../store/agents.js';
import { setMaterialsStatusOfTask } from '../../store/materials.js';
import { AGENT_TASKS, isAgentRole, type AgentRole } from '../../domain/agent-roles.js';
import type { AgentTask, ReviewOutcome } from '../../domain/agent-task.js';
import { planCampaigns } from './campaign.js';
import { taskInputSchemas } from './inputs.js';
import { planTheWeek } from './manager.js';
import { makeMaterials, makeTestKit } from './materials.js';
import { writeListing } from './product.js';
import { planPromotion } from './promotion.js';
import { answerBuyer } from './customer-service.js';
import { winBackBuyer } from './win-back.js';
import { providerLabel, type AgentWorkplace, type TaskResult } from './workplace.js';

export interface TaskRequest {
  role: string;
  task: string;
  input: unknown;
  /** "account:<id>", "cli" or "agent:manager". */
  askedBy: string;
  parentId?: string | null;
}

type Handler = (place: AgentWorkplace, merchantId: string, input: any, taskId: string) => Promise<TaskResult>;

const handlers: Record<AgentRole, Record<string, Handler>> = {
  manager: {
    plan: (place, merchantId, input, taskId) =>
      planTheWeek(place, merchantId, input, (a) =>
        runAgentTask(place, merchantId, { role: a.role, task: a.task, input: a.input, askedBy: 'agent:manager', parentId: taskId })),
  },
  product: { listing: writeListing, materials: makeMaterials },
  service: { answer: answerBuyer, winBack: winBackBuyer },
  promotion: { keywords: (place, merchantId) => planPromotion(place, merchantId), test_kit: makeTestKit },
  campaign: { campaigns: planCampaigns },
};

/** Parses a job for one of the digital employees, or fails naming what is wrong with it. */
export function parseTask(role: string, task: string, input: unknown): { role: AgentRole; task: string; input: unknown } {
  if (!isAgentRole(role)) throw new AppError('bad_input', { key: 'unknown_agent', params: { role, roles: Object.keys(AGENT_TASKS).join(', ') } });
  const schemas = taskInputSchemas[role] as Record<string, ZodType>;
  const schema = schemas[task];
  if (!schema) throw new AppError('bad_input', { key: 'agent_no_such_task', params: { role, task, tasks: AGENT_TASKS[role].join(', ') } });
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw invalidInput('agent_input', parsed.error);
  return { role, task, input: parsed.data };
}

/**
 * Runs one job and records it (input, output, who asked, when, outcome). Bad input and unknown
 * products are refused before anything is recorded; a job that breaks is recorded as failed.
 */
export async function runAgentTask(place: AgentWorkplace, merchantId: string, request: TaskRequest): Promise<AgentTask> {
  const job = parseTask(request.role, request.task, request.input);
  const id = randomUUID();
  const createdAt = place.now().toISOString();
  const base = { id, role: job.role, task: job.task, input: job.input, askedBy: request.askedBy, parentId: request.parentId ?? null, createdAt, provider: providerLabel(place.llm) };
  let result: TaskResult;
  try {
    result = await handlers[job.role][job.task](place, merchantId, job.input, id);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'bad_input' || error.code === 'not_found')) throw error;
    await recordAgentTask(place.store, merchantId, { ...base, output: null, finishedAt: place.now().toISOString(), outcome: 'failed', note: (error as Error).message });
    throw error;
  }
  return recordAgentTask(place.store, merchantId, { ...base, output: result.output, finishedAt: place.now().toISOString(), outcome: result.outcome, note: result.note });
}

/**
 * The owner's verdict on a task. For a buyer question, an accepted answer (or the owner's own
 * answer) is kept, so the customer-service specialist answers the same question next time.
 */
export async function reviewTask(
  place: AgentWorkplace,
  merchantId: string,
  id: string,
  review: { outcome: ReviewOutcome; by: string; answer?: string },
): Promise<AgentTask> {
  const at = place.now().toISOString();
  return place.store.transaction(async (tx) => {
    const task = await reviewAgentTask(tx, merchantId, id, { outcome: review.outcome, by: review.by, at });
    // pictures a task made are drafts until this verdict: accepted ones show in the gallery, rejected ones are hidden
    if (task.task === 'materials' || task.task === 'test_kit') await setMaterialsStatusOfTask(tx, merchantId, task.id, review.outcome);
    if (task.role !== 'service') return task;
    const output = task.output as { question: string; productId: string; answer: string; abstained: boolean };
    const answer = review.answer?.trim() || (review.outcome === 'accepted' && !output.abstained ? output.answer : undefined);
    if (answer) await addServiceAnswer(tx, merchantId, { productId: output.productId, question: output.question, answer, source: task.id, at });
    return task;
  });
}
