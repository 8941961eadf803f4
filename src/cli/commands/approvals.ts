import { userInfo } from 'node:os';
import {
  approvalsInbox, changeGuardLimits, confirmSpend, readAuditLog, rejectSpend, undoSpend,
  type Actor, type ApprovalsInbox, type AuditEvent, type GuardSettings, type LimitOverrides, type ProposalOutcome,
} from '../../approvals/index.js';
import { AppError } from '../../domain/errors.js';
import { optionalString, type Command, type CommandArgs } from '../command.js';
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
  const id = args.positionals[1];
  if (!id) throw new AppError('bad_input', 'name the proposal: kaikuan approvals confirm <proposal-id> --merchant ID');
  return id;
}

function limitChange(args: CommandArgs): LimitOverrides {
  const change: LimitOverrides = {};
  for (const [option, key] of Object.entries(LIMIT_OPTIONS)) {
    const raw = optionalString(args, option);
    if (raw === undefined) continue;
    const value = raw === 'default' ? null : Number(raw);
    if (value !== null && (!Number.isFinite(value) || value < 0)) throw new AppError('bad_input', `--${option} must be a non-negative number or "default"`);
    change[key] = value;
  }
  return change;
}

/** The owner's side of the money guard from a terminal: see, confirm, reject and undo agents' spend proposals. */
export const approvalsCommand: Command<ApprovalsResult> = {
  name: 'approvals',
  summary: 'agents\' spend proposals: list, confirm, reject or undo them; the audit log; budgets and limits',
  usage: [
    'kaikuan approvals [list] --merchant ID [--all] [--json]',
    '       kaikuan approvals confirm|reject|undo <proposal-id> --merchant ID [--reason TEXT] [--json]',
    '       kaikuan approvals audit --merchant ID [--limit N] [--json]',
    '       kaikuan approvals limits --merchant ID [--daily Y] [--monthly Y] [--cap Y] [--second-above Y] [--delay MIN] [--ttl HOURS] [--json]',
  ].join('\n'),
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
        if (!Number.isInteger(limit) || limit <= 0) throw new AppError('bad_input', '--limit must be a positive whole number');
        return { action, events: await readAuditLog(store, merchant, { limit }) };
      }
      case 'limits':
        return { action, settings: await changeGuardLimits(store, merchant, limitChange(args), terminalActor()) };
      default:
        throw new AppError('bad_input', `unknown action "${action}"; use list, confirm, reject, undo, audit or limits`);
    }
  },
  human(result) {
    const money = (n: number) => `¥${n.toFixed(2)}`;
    const budgetLine = (s: GuardSettings) =>
      `today ${money(s.budget.todayYuan)} of ${money(s.limits.dailyBudgetYuan)}, this month ${money(s.budget.monthYuan)} of ${money(s.limits.monthlyBudgetYuan)}`;
    switch (result.action) {
      case 'list': {
        const lines = result.inbox.proposals.map(({ proposal: p }) =>
          `${p.id}  ${p.status.padEnd(15)} ${money(p.amountYuan).padStart(10)}  ${p.agent}/${p.action} on ${p.channel}: ${p.description}`);
        return [...(lines.length ? lines : ['nothing waiting for you']), '', `budget: ${budgetLine(result.inbox)}`].join('\n');
      }
      case 'audit':
        return result.events
          .map((e) => `${e.at}  ${(e.actorLabel ?? e.actor).padEnd(16)} ${e.action.padEnd(16)} ${e.amountYuan === null ? '' : money(e.amountYuan)}  ${e.subject ?? ''}`)
          .join('\n');
      case 'limits':
        return [...Object.entries(result.settings.limits).map(([k, v]) => `${k.padEnd(26)} ${v}`), '', `budget: ${budgetLine(result.settings)}`].join('\n');
      default: {
        const { proposal: p, execution } = result.outcome;
        const next = p.status === 'awaiting_second' ? `; confirm again after ${p.secondConfirmOpensAt}` : '';
        const undo = execution?.undoUntil && p.status === 'executed' ? `; can be undone until ${execution.undoUntil}` : '';
        return `${p.id} is now ${p.status} (${money(p.amountYuan)} on ${p.channel})${next}${undo}`;
      }
    }
  },
};
