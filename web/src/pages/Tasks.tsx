import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { answerOf, api, type Answer } from '../api.js';
import { ErrorBox, Loaded } from '../components/Status.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';
import type { AgentRole } from '../../../src/domain/agent-roles.js';
import type { TaskOutcome } from '../../../src/domain/agent-task.js';

type Output = Record<string, any>;

type AgentTask = Answer<typeof api.agents.tasks.$get>[number];
type ShopProduct = Answer<typeof api.agents.products.$get>[number];

const ROLES: AgentRole[] = ['manager', 'product', 'service', 'promotion', 'campaign'];
const FILTERS = ['all', 'needs_human', 'proposed', 'done'] as const;
type Filter = (typeof FILTERS)[number];
/** Chart colours by outcome: waiting work stands out, finished work recedes. */
const OUTCOME_COLOURS: Record<TaskOutcome, string> = {
  needs_human: '#d9480f', proposed: '#f59f00', done: '#2b8a3e', accepted: '#94d82d', rejected: '#868e96', failed: '#c92a2a',
};
const OUTCOMES = Object.keys(OUTCOME_COLOURS) as TaskOutcome[];

export function TasksPage() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('all');
  const tasks = useApi(api.agents.tasks, { query: { outcome: filter === 'all' ? undefined : filter } });
  const products = useApi(api.agents.products);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      await tasks.reload();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const run = (role: AgentRole, task: string, input: Record<string, unknown> = {}) => act(() => answerOf(api.agents[':role'][':task'].$post({ param: { role, task }, json: input })));

  return (
    <section>
      <h1>{t('tasks.title')}</h1>
      <p className="muted">{t('tasks.intro')}</p>
      <div className="row">
        <button disabled={busy} onClick={() => run('manager', 'plan', { run: true })} data-testid="plan-week">{t('tasks.planWeek')}</button>
        <button className="secondary" disabled={busy} onClick={() => run('promotion', 'keywords')}>{t('tasks.promotion')}</button>
        <button className="secondary" disabled={busy} onClick={() => run('campaign', 'campaigns')}>{t('tasks.campaigns')}</button>
      </div>
      <JobForms products={products.data ?? []} busy={busy} run={run} />
      {busy && <p className="muted" role="status">{t('tasks.working')}</p>}
      {error && <ErrorBox error={error} />}

      <div className="row" role="group" aria-label={t('tasks.filter')}>
        {FILTERS.map((f) => (
          <button key={f} className={f === filter ? '' : 'secondary'} onClick={() => setFilter(f)} data-testid={`filter-${f}`}>{t(`tasks.filter.${f}`)}</button>
        ))}
      </div>
      <Loaded state={tasks}>
        {(list) => list.length === 0 ? <p className="muted">{t('tasks.empty')}</p> : (
          <>
            <TaskChart tasks={list} />
            {list.map((task) => <TaskCard key={task.id} task={task} busy={busy} act={act} />)}
          </>
        )}
      </Loaded>
    </section>
  );
}

function JobForms({ products, busy, run }: { products: ShopProduct[]; busy: boolean; run: (role: AgentRole, task: string, input: Record<string, unknown>) => void }) {
  const t = useT();
  const [productId, setProductId] = useState('');
  const [question, setQuestion] = useState('');
  const chosen = productId || products[0]?.id || '';
  return (
    <div className="card grid2">
      <label>
        {t('tasks.product')}
        <select value={chosen} onChange={(e) => setProductId(e.target.value)} data-testid="job-product">
          {products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <button className="secondary" disabled={busy || !chosen} onClick={() => run('product', 'listing', { productId: chosen })}>{t('tasks.write')}</button>
      <label>
        {t('tasks.question')}
        <input value={question} placeholder={t('tasks.questionPlaceholder')} onChange={(e) => setQuestion(e.target.value)} data-testid="job-question" />
      </label>
      <button className="secondary" disabled={busy || !chosen || question.trim() === ''} data-testid="job-ask"
        onClick={() => { run('service', 'answer', { productId: chosen, question }); setQuestion(''); }}>{t('tasks.ask')}</button>
    </div>
  );
}

function TaskChart({ tasks }: { tasks: AgentTask[] }) {
  const t = useT();
  const rows = ROLES.map((role) => ({
    role: t(`role.${role}`),
    ...Object.fromEntries(OUTCOMES.map((o) => [o, tasks.filter((x) => x.role === role && x.outcome === o).length])),
  }));
  return (
    <>
      <h2>{t('tasks.chart')}</h2>
      <div className="chart" data-testid="tasks-chart">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="role" interval={0} fontSize={12} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {OUTCOMES.map((o) => <Bar key={o} dataKey={o} stackId="outcome" name={t(`outcome.${o}`)} fill={OUTCOME_COLOURS[o]} />)}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}

function askedByText(t: ReturnType<typeof useT>, askedBy: string) {
  if (askedBy === 'agent:manager') return t('tasks.askedBy.manager');
  if (askedBy === 'cli') return t('tasks.askedBy.cli');
  return t('tasks.askedBy.owner');
}

function TaskCard({ task, busy, act }: { task: AgentTask; busy: boolean; act: (work: () => Promise<unknown>) => Promise<void> }) {
  const t = useT();
  const format = useFormat();
  const [answer, setAnswer] = useState('');
  const review = (outcome: 'accepted' | 'rejected', text?: string) =>
    act(() => answerOf(api.agents.tasks[':id'].review.$post({ param: { id: task.id }, json: { outcome, ...(text ? { answer: text } : {}) } })));
  const open = task.reviewedAt === null && task.outcome !== 'failed';
  // A buyer's question the employee could not answer needs the owner's reply; a drafted win-back message only her yes.
  const needsReply = task.role === 'service' && task.outcome === 'needs_human' && (task.output as Output | null)?.kind !== 'winBack';
  return (
    <div className="card" data-testid="task-item" data-role={task.role} data-outcome={task.outcome}>
      <div className="row">
        <strong>{t(`role.${task.role}`)}</strong>
        <span className="badge" data-testid="task-outcome">{t(`outcome.${task.outcome}`)}</span>
        <span className="spacer" />
        <span className="muted small">{t('tasks.askedBy', { who: askedByText(t, task.askedBy), time: format.dateTime(task.createdAt) })}</span>
      </div>
      <TaskSummary task={task} />
      {task.note && <p className="muted small">{t('tasks.note', { note: task.note })}</p>}
      {open && needsReply && (
        <div className="row">
          <textarea value={answer} placeholder={t('tasks.replyPlaceholder')} onChange={(e) => setAnswer(e.target.value)} data-testid="task-reply" />
          <button disabled={busy || answer.trim() === ''} onClick={() => review('accepted', answer)} data-testid="task-reply-send">{t('tasks.replySend')}</button>
        </div>
      )}
      {open && !needsReply && (
        <div className="row">
          <button disabled={busy} onClick={() => review('accepted')} data-testid="task-accept">{t('tasks.accept')}</button>
          <button className="secondary" disabled={busy} onClick={() => review('rejected')} data-testid="task-reject">{t('tasks.reject')}</button>
          {task.outcome === 'proposed' && <Link to="/approvals">{t('tasks.toApprovals')}</Link>}
        </div>
      )}
    </div>
  );
}

/** The gist of each specialist's work, the same things the CLI prints. */
function TaskSummary({ task }: { task: AgentTask }) {
  const t = useT();
  const format = useFormat();
  // Each job's output is read by that job's own fields.
  const o = (task.output ?? {}) as Output;
  const lines: string[] = [];
  if (task.task === 'materials' || task.task === 'test_kit') {
    lines.push(t('tasks.materialsMade', { n: format.number((o.materialIds ?? []).length) }));
    return (
      <ul className="small" data-testid="task-summary">
        {lines.map((line, i) => <li key={i}>{line}</li>)}
        <li><Link to={o.conceptTestId ? `/materials?test=${o.conceptTestId}` : `/materials?task=${task.id}`}>{t('tasks.seeMaterials')}</Link></li>
      </ul>
    );
  }
  if (task.role === 'product') {
    lines.push(`${t('tasks.titleLabel')}：${o.finalTitle}（${t(o.titleBy === 'model' ? 'tasks.byModel' : 'tasks.byRules')}）`);
    for (const line of o.finalCopy ?? o.copy ?? []) lines.push(line);
    for (const s of o.suggestions ?? []) lines.push(`${t('tasks.suggestions')}：${s}`);
    for (const p of o.platforms ?? []) lines.push(t('tasks.platformTitle', { platform: t(`platform.${p.platform}`), title: p.title, n: format.number(p.problems.length) }));
  } else if (task.role === 'service' && o.kind === 'winBack') {
    lines.push(t('tasks.winBackLine', { buyer: o.buyerId, days: format.number(o.daysSinceLast), orders: format.number(o.orders), spent: format.number(o.spentYuan) }));
    lines.push(t('tasks.draftLine', { text: o.answer }));
  } else if (task.role === 'service') {
    lines.push(t('tasks.questionLine', { text: o.question }), t('tasks.answerLine', { text: o.answer }));
  } else if (task.role === 'manager') {
    for (const a of o.assignments ?? []) lines.push(t('tasks.assignment', { role: t(`role.${a.role}`), reason: a.reason }));
    for (const s of o.forOwner ?? []) lines.push(t('tasks.forOwner', { text: s }));
  } else if (task.role === 'promotion') {
    for (const k of (o.keywords ?? []).filter((x: Output) => x.productId)) lines.push(t('tasks.keyword', { keyword: k.keyword, bid: format.number(k.bidYuan, 2), reason: k.reason }));
    for (const b of o.budgets ?? []) lines.push(t('tasks.budget', { name: b.name, reason: b.reason }));
  } else if (task.role === 'campaign') {
    const scope = o.scope?.channel ?? o.scope?.region;
    if (scope) lines.push(t('tasks.campaignScope', { scope }));
    for (const c of o.campaigns ?? []) {
      lines.push(t('tasks.event', { join: t(c.join ? 'tasks.join' : 'tasks.skip'), platform: c.platform, event: c.eventName, start: c.startsOn, end: c.endsOn, reason: c.reason }));
    }
  }
  for (const p of o.proposals ?? []) lines.push(t('tasks.proposal', { amount: format.number(p.amountYuan, 2) }));
  return (
    <ul className="small" data-testid="task-summary">
      {lines.map((line, i) => <li key={i}>{line}</li>)}
    </ul>
  );
}
