import { workplaceFor } from '../../agents/run/workplace.js';
import { reviewTask, runAgentTask } from '../../agents/run/team.js';
import { AGENT_TASKS } from '../../domain/agent-roles.js';
import type { AgentTask, TaskOutcome } from '../../domain/agent-task.js';
import { AppError } from '../../domain/errors.js';
import { listAgentTasks } from '../../store/agents.js';
import { optionalString, type Command } from '../command.js';
import { merchantFromArgs } from './customers.js';

const jobs = Object.entries(AGENT_TASKS).map(([role, tasks]) => `${role} ${tasks.join('|')}`).join(', ');

/** One job for one digital employee, recorded like every other task. */
export const agentsCommand: Command<AgentTask> = {
  name: 'agents',
  summary: `have a digital employee do a job: ${jobs}`,
  usage: 'kaikuan agents <role> <task> --merchant ID [--product ID] [--question TEXT] [--photo ID] [--variants N] [--concept ID] [--run] [--json]\n'
    + '  kaikuan agents product listing --merchant demo --product P-TROLLEY\n'
    + '  kaikuan agents product materials --merchant demo --photo ID        (main image, poster, cover from an uploaded photo)\n'
    + '  kaikuan agents promotion test_kit --merchant demo --photo ID --variants 3   (a concept test with pictures A–C)\n'
    + '  kaikuan agents service answer --merchant demo --product P-BOX-L --question "容量多大"\n'
    + '  kaikuan agents manager plan --merchant demo --run     (plan the week and have the team do it)\n'
    + 'Texts are written offline by rules; set KAIKUAN_LLM_URL, KAIKUAN_LLM_MODEL (and KAIKUAN_LLM_KEY) to let an\n'
    + 'OpenAI-compatible model (Ollama, vLLM, Qwen) polish them. Spends are only proposed: confirm them with `kaikuan approvals`.',
  options: {
    merchant: { type: 'string' }, product: { type: 'string' }, question: { type: 'string' }, run: { type: 'boolean' },
    photo: { type: 'string' }, variants: { type: 'string' }, concept: { type: 'string' },
  },
  async run(ctx, args) {
    const [role, task] = args.positionals;
    if (!role || !task) throw new AppError('bad_input', `name a role and a task: ${jobs}`);
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
  summary: 'the digital employees\' task records; accept or reject one (an answer you give is reused by customer service)',
  usage: 'kaikuan tasks --merchant ID [--role ROLE] [--outcome OUTCOME] [--limit N] [--json]\n'
    + '  kaikuan tasks accept|reject <task-id> --merchant ID [--answer TEXT]',
  options: { merchant: { type: 'string' }, role: { type: 'string' }, outcome: { type: 'string' }, limit: { type: 'string' }, answer: { type: 'string' } },
  async run(ctx, args) {
    const [verb, id] = args.positionals;
    const app = await ctx.app();
    const merchant = await merchantFromArgs(app.store, args);
    if (verb === 'accept' || verb === 'reject') {
      if (!id) throw new AppError('bad_input', `name the task to ${verb}`);
      const outcome = verb === 'accept' ? 'accepted' : 'rejected';
      return reviewTask(workplaceFor(app), merchant, id, { outcome, by: 'cli', answer: optionalString(args, 'answer') });
    }
    if (verb) throw new AppError('bad_input', `unknown "${verb}"; use accept or reject`);
    const limit = Number(optionalString(args, 'limit') ?? 50);
    if (!Number.isInteger(limit) || limit <= 0) throw new AppError('bad_input', '--limit must be a positive whole number');
    return listAgentTasks(app.store, merchant, { role: optionalString(args, 'role'), outcome: optionalString(args, 'outcome') as TaskOutcome | undefined, limit });
  },
  human(result) {
    if (!Array.isArray(result)) return describeTask(result);
    if (result.length === 0) return 'no tasks yet — try `kaikuan agents manager plan --merchant ID --run`';
    return result.map((t) => `${t.createdAt.slice(0, 16).replace('T', ' ')}  ${t.outcome.padEnd(11)} ${`${t.role} ${t.task}`.padEnd(20)} ${t.askedBy.padEnd(14)} ${t.id}`).join('\n');
  },
};

type Output = Record<string, any>;

/** How a person reads one task in the terminal: the gist of each specialist's work. */
export function describeTask(task: AgentTask): string {
  const o = (task.output ?? {}) as Output;
  const head = `${task.role} ${task.task} → ${task.outcome}  (${task.id}, ${task.provider})${task.note ? `\n  note: ${task.note}` : ''}`;
  const body = summaries[task.role]?.(o) ?? [];
  return [head, ...body.map((line) => `  ${line}`)].join('\n');
}

/** Pictures a task made: how many, where to see them (`kaikuan materials`), and the concept test a kit belongs to. */
const materialLines = (o: Output) => [
  `做了 ${o.materialIds.length} 张图，等店主采纳：kaikuan materials list${o.conceptTestId ? ` --concept ${o.conceptTestId}` : ''}`,
  ...(o.conceptTestId ? [`测款：kaikuan concepts show ${o.conceptTestId}（A/B/C… 对应各套图）`] : []),
];

const summaries: Record<string, (o: Output) => string[]> = {
  product: (o) => o.materialIds ? materialLines(o) : [
    `标题：${o.finalTitle}`,
    ...(o.finalCopy ?? o.copy ?? []),
    ...(o.suggestions ?? []).map((s: string) => `建议：${s}`),
    ...(o.platforms ?? []).map((p: Output) => `${p.platform} 标题：${p.title}（改了 ${p.problems.length} 处）`),
  ],
  service: (o) => [`问：${o.question}`, `答：${o.answer}`, ...(o.needsHuman ? ['（已转给店主）'] : [])],
  promotion: (o) => o.materialIds ? materialLines(o) : [
    ...(o.keywords ?? []).map((k: Output) => `「${k.keyword}」${k.platform} 出价${k.bidYuan}元 ${k.action}：${k.reason}`),
    ...(o.budgets ?? []).map((b: Output) => `「${b.name}」${b.action}：${b.reason}`),
    ...proposals(o),
  ],
  campaign: (o) => [
    ...(o.campaigns ?? []).map((c: Output) => `${c.join ? '参加' : '不参加'} ${c.platform}${c.eventName}（${c.startsOn}~${c.endsOn}）：${c.reason}`),
    ...proposals(o),
  ],
  manager: (o) => [
    `本周（${o.weekOf}）`,
    ...(o.assignments ?? []).map((a: Output) => `P${a.priority} ${a.role} ${a.task}：${a.reason}`),
    ...(o.forOwner ?? []).map((s: string) => `店主：${s}`),
  ],
};

function proposals(o: Output): string[] {
  return (o.proposals ?? []).map((p: Output) => `待确认花费 ¥${p.amountYuan} ${p.action}（${p.status}，在「审批」里确认）`);
}
