import { workplaceFor } from '../../agents/run/workplace.js';
import { reviewTask, runAgentTask } from '../../agents/run/team.js';
import { AGENT_TASKS } from '../../domain/agent-roles.js';
import type { AgentTask, TaskOutcome } from '../../domain/agent-task.js';
import { AppError } from '../../domain/errors.js';
import { listAgentTasks } from '../../store/agents.js';
import { optionalString, type Command } from '../command.js';
import { merchantFromArgs } from './customers.js';
import { say, term } from '../say.js';

const jobs = Object.entries(AGENT_TASKS).map(([role, tasks]) => `${role} ${tasks.join('|')}`).join(', ');

/** One job for one digital employee, recorded like every other task. */
export const agentsCommand: Command<AgentTask> = {
  name: 'agents',
  summary: 'agents.summary',
  usage: 'agents.usage',
  textParams: { jobs },
  options: {
    merchant: { type: 'string' }, product: { type: 'string' }, question: { type: 'string' }, run: { type: 'boolean' },
    photo: { type: 'string' }, variants: { type: 'string' }, concept: { type: 'string' },
  },
  async run(ctx, args) {
    const [role, task] = args.positionals;
    if (!role || !task) throw new AppError('bad_input', { key: 'name_role_and_task', params: { jobs } });
    const app = await ctx.app();
    const merchant = await merchantFromArgs(app.store, args);
    const input = {
      ...(optionalString(args, 'product') ? { productId: optionalString(args, 'product') } : {}),
      ...(optionalString(args, 'question') ? { question: optionalString(args, 'question') } : {}),
      ...(args.values.run ? { run: true } : {}),
      ...(optionalString(args, 'photo') ? { photoId: optionalString(args, 'photo') } : {}),
      ...(optionalString(args, 'variants') ? { variants: Number(optionalString(args, 'variants')) } : {}),
      ...(optionalString(args, 'concept') ? { conceptTestId: optionalString(args, 'concept') } : {}),
    };
    return runAgentTask(workplaceFor(app), merchant, { role, task, input, askedBy: 'cli' });
  },
  human: describeTask,
};

type TasksResult = AgentTask[] | AgentTask;

/** The task inbox: what the team did, and the owner's verdict on it. */
export const tasksCommand: Command<TasksResult> = {
  name: 'tasks',
  summary: 'tasks.summary',
  usage: 'tasks.usage',
  options: { merchant: { type: 'string' }, role: { type: 'string' }, outcome: { type: 'string' }, limit: { type: 'string' }, answer: { type: 'string' } },
  async run(ctx, args) {
    const [verb, id] = args.positionals;
    const app = await ctx.app();
    const merchant = await merchantFromArgs(app.store, args);
    if (verb === 'accept' || verb === 'reject') {
      if (!id) throw new AppError('bad_input', { key: 'name_task', params: { verb } });
      const outcome = verb === 'accept' ? 'accepted' : 'rejected';
      return reviewTask(workplaceFor(app), merchant, id, { outcome, by: 'cli', answer: optionalString(args, 'answer') });
    }
    if (verb) throw new AppError('bad_input', { key: 'unknown_action', params: { action: verb, actions: 'accept, reject' } });
    const limit = Number(optionalString(args, 'limit') ?? 50);
    if (!Number.isInteger(limit) || limit <= 0) throw new AppError('bad_input', { key: 'option_whole_number', params: { flag: 'limit' } });
    return listAgentTasks(app.store, merchant, { role: optionalString(args, 'role'), outcome: optionalString(args, 'outcome') as TaskOutcome | undefined, limit });
  },
  human(result) {
    if (!Array.isArray(result)) return describeTask(result);
    if (result.length === 0) return say('tasks.none');
    return result
      .map((t) => say('tasks.row', { at: t.createdAt.slice(0, 16).replace('T', ' '), outcome: t.outcome, role: term('role', t.role), task: t.task, by: t.askedBy, id: t.id }))
      .join('\n');
  },
};

type Output = Record<string, any>;

/** How a person reads one task in the terminal: the gist of each specialist's work. */
export function describeTask(task: AgentTask): string {
  const o = (task.output ?? {}) as Output;
  const head = say('agents.head', { role: term('role', task.role), task: task.task, outcome: task.outcome, id: task.id, provider: task.provider })
    + (task.note ? `\n${say('agents.note', { note: task.note })}` : '');
  const body = summaries[task.role]?.(o) ?? [];
  return [head, ...body.map((line) => `  ${line}`)].join('\n');
}

/** Pictures a task made: how many, where to see them (`kaikuan materials`), and the concept test a kit belongs to. */
const materialLines = (o: Output) => [
  say('agents.pictures_made', { count: o.materialIds.length, concept: o.conceptTestId ? ` --concept ${o.conceptTestId}` : '' }),
  ...(o.conceptTestId ? [say('agents.pictures_test', { test: o.conceptTestId })] : []),
];

const summaries: Record<string, (o: Output) => string[]> = {
  product: (o) => o.materialIds ? materialLines(o) : [
    say('agents.title', { title: o.finalTitle }),
    ...(o.finalCopy ?? o.copy ?? []),
    ...(o.suggestions ?? []).map((text: string) => say('agents.suggestion', { text })),
    ...(o.platforms ?? []).map((p: Output) => say('agents.platform_title', { platform: p.platform, title: p.title, changes: p.problems.length })),
  ],
  service: (o) => [say('agents.question', { text: o.question }), say('agents.answer', { text: o.answer }), ...(o.needsHuman ? [say('agents.to_owner')] : [])],
  promotion: (o) => o.materialIds ? materialLines(o) : [
    ...(o.keywords ?? []).map((k: Output) => say('agents.keyword', { keyword: k.keyword, platform: k.platform, bid: k.bidYuan, action: k.action, reason: k.reason })),
    ...(o.budgets ?? []).map((b: Output) => say('agents.budget', { name: b.name, action: b.action, reason: b.reason })),
    ...proposals(o),
  ],
  campaign: (o) => [
    ...(o.campaigns ?? []).map((c: Output) =>
      say(c.join ? 'agents.join' : 'agents.skip', { platform: c.platform, event: c.eventName, from: c.startsOn, to: c.endsOn, reason: c.reason })),
    ...proposals(o),
  ],
  manager: (o) => [
    say('agents.week', { week: o.weekOf }),
    ...(o.assignments ?? []).map((a: Output) => say('agents.assignment', { priority: a.priority, role: term('role', a.role), task: a.task, reason: a.reason })),
    ...(o.forOwner ?? []).map((text: string) => say('agents.for_owner', { text })),
  ],
};

function proposals(o: Output): string[] {
  return (o.proposals ?? []).map((p: Output) => say('agents.proposal', { amount: p.amountYuan, action: p.action, status: p.status }));
}
