import { userInfo } from 'node:os';
import {
  approvalsInbox, changeGuardLimits, confirmSpend, readAuditLog, rejectSpend, undoSpend,
  type Actor, type ApprovalsInbox, type AuditEvent, type GuardSettings, type LimitOverrides, type ProposalOutcome,
} from '../../approvals/index.js';
import { AppError } from '../../domain/errors.js';
import { optionalString, type Command, type CommandArgs } from '../command.js';
import { cliLocale, say, term } from '../say.js';
import { fieldName } from '../../messages/render.js';
import { merchantFromArgs } from './customers.js';

type ApprovalsResult =
  | { action: 'list'; inbox: ApprovalsInbox }
  | { action: 'confirm' | 'reject' | 'undo'; outcome: ProposalOutcome }
  | { action: 'audit'; events: AuditEvent[] }
  | { action: 'limits'; settings: GuardSettings };

/** CLI option → the limit it overrides; "default" puts a limit back to the product default. */
const LIMIT_OPTIONS: Record<string, keyof LimitOverrides> = {
  daily: 'dailyBudgetYuan',
  monthly: 'monthlyBudgetYuan',
  cap: 'capYuan',
  'second-above': 'secondConfirmAboveYuan',
  delay: 'secondConfirmDelayMinutes',
  ttl: 'proposalTtlHours',
};

/** The person at the terminal, as the audit log names them. */
const terminalActor = (): Actor => {
  const user = userInfo().username;
  return { id: `cli:${user}`, label: user };
};

function proposalId(args: CommandArgs): string {
  const [action, id] = args.positionals;
  if (!id) throw new AppError('bad_input', { key: 'name_proposal', params: { action } });
  return id;
}

function limitChange(args: CommandArgs): LimitOverrides {
  const change: LimitOverrides = {};
  for (const [option, key] of Object.entries(LIMIT_OPTIONS)) {
    const raw = optionalString(args, option);
    if (raw === undefined) continue;
    const value = raw === 'default' ? null : Number(raw);
    if (value !== null && (!Number.isFinite(value) || value < 0)) throw new AppError('bad_input', { key: 'option_amount_or_default', params: { flag: option } });
    change[key] = value;
  }
  return change;
}

/** The owner's side of the money guard from a terminal: see, confirm, reject and undo agents' spend proposals. */
export const approvalsCommand: Command<ApprovalsResult> = {
  name: 'approvals',
  summary: 'approvals.summary',
  usage: 'approvals.usage',
  options: {
    merchant: { type: 'string' }, all: { type: 'boolean' }, reason: { type: 'string' }, limit: { type: 'string' },
    ...Object.fromEntries(Object.keys(LIMIT_OPTIONS).map((o) => [o, { type: 'string' as const }])),
  },
  async run(ctx, args) {
    const action = args.positionals[0] ?? 'list';
    const { store } = await ctx.app();
    const merchant = await merchantFromArgs(store, args);
    switch (action) {
      case 'list':
        return { action, inbox: await approvalsInbox(store, merchant, args.values.all ? 'all' : 'open') };
      case 'confirm':
        return { action, outcome: await confirmSpend(store, merchant, proposalId(args), terminalActor()) };
      case 'reject':
        return { action, outcome: await rejectSpend(store, merchant, proposalId(args), terminalActor(), optionalString(args, 'reason') ?? null) };
      case 'undo':
        return { action, outcome: await undoSpend(store, merchant, proposalId(args), terminalActor()) };
      case 'audit': {
        const limit = Number(optionalString(args, 'limit') ?? 50);
        if (!Number.isInteger(limit) || limit <= 0) throw new AppError('bad_input', { key: 'option_whole_number', params: { flag: 'limit' } });
        return { action, events: await readAuditLog(store, merchant, { limit }) };
      }
      case 'limits':
        return { action, settings: await changeGuardLimits(store, merchant, limitChange(args), terminalActor()) };
      default:
        throw new AppError('bad_input', { key: 'unknown_action', params: { action, actions: 'list, confirm, reject, undo, audit, limits' } });
    }
  },
  human(result) {
    const money = (n: number) => `¥${n.toFixed(2)}`;
    const budgetLine = ({ budget, limits }: GuardSettings) =>
      say('approvals.budget', {
        today: money(budget.todayYuan), daily: money(limits.dailyBudgetYuan), month: money(budget.monthYuan), monthly: money(limits.monthlyBudgetYuan),
      });
    switch (result.action) {
      case 'list': {
        const lines = result.inbox.proposals.map(({ proposal: p }) =>
          say('approvals.row', {
            id: p.id, amount: money(p.amountYuan).padStart(10), agent: p.agent, action: p.action, channel: p.channel, description: p.description, status: p.status,
          }));
        return [...(lines.length ? lines : [say('approvals.nothing')]), '', budgetLine(result.inbox)].join('\n');
      }
      case 'audit':
        return result.events
          .map((e) => say('approvals.audit_row', {
            at: e.at, actor: e.actorLabel ?? e.actor, action: term('audit', e.action), amount: e.amountYuan === null ? '' : money(e.amountYuan), subject: e.subject ?? '',
          }))
          .join('\n');
      case 'limits':
        return [
          ...Object.entries(result.settings.limits).map(([k, v]) => say('approvals.limit_row', { name: fieldName(cliLocale(), k), value: v })),
          '',
          budgetLine(result.settings),
        ].join('\n');
      default: {
        const { proposal: p, execution } = result.outcome;
        const next = p.status === 'awaiting_second' ? say('approvals.confirm_again', { at: p.secondConfirmOpensAt ?? '' }) : '';
        const undo = execution?.undoUntil && p.status === 'executed' ? say('approvals.undo_until', { at: execution.undoUntil }) : '';
        return say('approvals.outcome', { id: p.id, status: p.status, amount: money(p.amountYuan), channel: p.channel, next, undo });
      }
    }
  },
};
