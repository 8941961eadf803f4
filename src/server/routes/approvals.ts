import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import {
  approvalsInbox, changeGuardLimits, confirmSpend, guardSettings, proposalOutcome, proposalSubject, proposeSpend,
  readAuditLog, rejectSpend, spendRequestSchema, undoSpend, type Actor,
} from '../../approvals/index.js';
import { accountLabel } from '../../store/approvals.js';
import { parseBody, parseQuery } from '../body.js';
import type { Env } from '../env.js';

const InboxQuery = z.object({ view: z.enum(['open', 'all']).default('open') });
const AuditQuery = z.object({
  subject: z.string().max(200).optional(),
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const RejectBody = z.object({ reason: z.string().trim().max(500).nullish() });
const limit = z.number().finite().nonnegative().nullable().optional();
const LimitsBody = z.object({
  secondConfirmAboveYuan: limit,
  capYuan: limit,
  secondConfirmDelayMinutes: limit,
  dailyBudgetYuan: limit,
  monthlyBudgetYuan: limit,
  proposalTtlHours: limit,
});

/** The signed-in account, as the audit log names it. */
async function signedInActor(c: Context<Env>): Promise<Actor> {
  const accountId = c.get('accountId');
  return { id: `account:${accountId}`, label: await accountLabel(c.get('app').store, c.get('merchantId'), accountId) };
}

/** The approvals inbox: agents' spend proposals, the owner's decisions, limits and the audit log. */
export function approvalsRoutes({ store }: App) {
  return new Hono<Env>()
  .get('/', async (c) => {
    const { view } = parseQuery(c, InboxQuery);
    return c.json(await approvalsInbox(store, c.get('merchantId'), view));
  })
  // A proposal, never a spend: whoever posts it still needs the owner's confirmation.
  .post('/', async (c) => c.json(await proposeSpend(store, c.get('merchantId'), await parseBody(c, spendRequestSchema)), 201))
  .get('/audit', async (c) => c.json({ events: await readAuditLog(store, c.get('merchantId'), parseQuery(c, AuditQuery)) }))
  .get('/settings', async (c) => c.json(await guardSettings(store, c.get('merchantId'))))
  .put('/settings', async (c) => {
    const change = await parseBody(c, LimitsBody);
    return c.json(await changeGuardLimits(store, c.get('merchantId'), change, await signedInActor(c)));
  })
  .get('/:id', async (c) => {
    const id = c.req.param('id');
    const merchantId = c.get('merchantId');
    const outcome = await proposalOutcome(store, merchantId, id);
    return c.json({ ...outcome, audit: await readAuditLog(store, merchantId, { subject: proposalSubject(id) }) });
  })
  .post('/:id/confirm', async (c) => c.json(await confirmSpend(store, c.get('merchantId'), c.req.param('id'), await signedInActor(c))))
  .post('/:id/reject', async (c) => {
    const { reason } = await parseBody(c, RejectBody);
    return c.json(await rejectSpend(store, c.get('merchantId'), c.req.param('id'), await signedInActor(c), reason ?? null));
  })
  .post('/:id/undo', async (c) => c.json(await undoSpend(store, c.get('merchantId'), c.req.param('id'), await signedInActor(c))));
}
