import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { AGENT_TASKS } from '../../domain/agent-roles.js';
import { ownProducts } from '../../agents/run/facts.js';
import { reviewTask, runAgentTask } from '../../agents/run/team.js';
import { workplaceFor } from '../../agents/run/workplace.js';
import { REVIEW_OUTCOMES } from '../../domain/agent-task.js';
import { AppError } from '../../domain/errors.js';
import { findAgentTask, listAgentTasks } from '../../store/agents.js';
import { parseBody, parseQuery } from '../body.js';
import type { Env } from '../env.js';

/** The inbox shows a few weeks of work; older tasks stay in the store and the CLI. */
const DEFAULT_LIST_LIMIT = 100;

const TasksQuery = z.object({
  role: z.string().optional(),
  outcome: z.enum(['done', 'needs_human', 'proposed', 'failed', 'accepted', 'rejected']).optional(),
  limit: z.coerce.number().int().positive().max(500).default(DEFAULT_LIST_LIMIT),
});
const ReviewBody = z.object({ outcome: z.enum(REVIEW_OUTCOMES), answer: z.string().trim().max(1000).optional() });

/** The digital employees: give one a job, read the task inbox, accept or reject what they did. */
export function agentRoutes(app: App) {
  const place = () => workplaceFor(app);
  const askedBy = (accountId: string) => `account:${accountId}`;

  return new Hono<Env>()
  .get('/', (c) => c.json({ roles: AGENT_TASKS }))
  // The job forms pick one of the shop's own products.
  .get('/products', async (c) => {
    const products = await ownProducts(app.store, c.get('merchantId'));
    return c.json(products.map((p) => ({ id: p.id, name: p.name, category: p.category })));
  })
  .get('/tasks', async (c) => c.json(await listAgentTasks(app.store, c.get('merchantId'), parseQuery(c, TasksQuery))))
  .get('/tasks/:id', async (c) => {
    const task = await findAgentTask(app.store, c.get('merchantId'), c.req.param('id'));
    if (!task) throw new AppError('not_found', { key: 'no_agent_task', params: { id: c.req.param('id') } });
    return c.json(task);
  })
  .post('/tasks/:id/review', async (c) => {
    const body = await parseBody(c, ReviewBody);
    return c.json(await reviewTask(place(), c.get('merchantId'), c.req.param('id'), { ...body, by: askedBy(c.get('accountId')) }));
  })
  .post('/:role/:task', async (c) => {
    const input = await parseBody(c, z.record(z.string(), z.unknown()));
    const task = await runAgentTask(place(), c.get('merchantId'), { role: c.req.param('role'), task: c.req.param('task'), input, askedBy: askedBy(c.get('accountId')) });
    return c.json(task, 201);
  });
}
