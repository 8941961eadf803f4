import { useEffect, useState } from 'react';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link } from 'react-router-dom';
import { answerOf, api, type Answer } from '../api.js';
import { Stat } from '../components/Stat.js';
import { ErrorBox, Loaded } from '../components/Status.js';
import { useFormat, useT } from '../i18n.js';
import { OwnNames, proposalNames } from '../components/OwnNames.js';
import { useApi } from '../useApi.js';

/** The limits an owner may set here; the rest keep their defaults. */
const EDITABLE_LIMITS = ['dailyBudgetYuan', 'monthlyBudgetYuan', 'secondConfirmAboveYuan', 'capYuan'] as const;
/** The proposals with their executions, the limits and the budget standing. */
type Inbox = Answer<typeof api.approvals.$get>;
type Limits = Pick<Inbox['limits'], (typeof EDITABLE_LIMITS)[number]>;
type InboxEntry = Inbox['proposals'][number];

/** How often waiting buttons re-check the clock (second-confirmation delay, undo window). */
const CLOCK_TICK_MS = 15_000;
const OPEN: InboxEntry['proposal']['status'][] = ['pending', 'awaiting_second'];

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The shop owner's inbox of agents' spend proposals: confirm, reject or undo, with the budget in view. */
export function ApprovalsPage() {
  const t = useT();
  const [view, setView] = useState<'open' | 'all'>('open');
  const inbox = useApi(api.approvals, { query: { view } });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const act = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
      await inbox.reload();
    }
  };
  return (
    <section>
      <h1>{t('approvals.title')}</h1>
      <p className="muted">{t('approvals.intro')}</p>
      <div className="row" role="group">
        {(['open', 'all'] as const).map((v) => (
          <button key={v} className={v === view ? '' : 'secondary'} onClick={() => setView(v)} data-testid={`approvals-view-${v}`}>{t(`approvals.view.${v}`)}</button>
        ))}
        <span className="spacer" />
        <Link to="/audit">{t('approvals.toAudit')}</Link>
      </div>
      {error && <ErrorBox error={error} />}
      <Loaded state={inbox}>
        {(data) => (
          <>
            <BudgetPanel budget={data.budget} />
            <LimitsForm limits={data.limits} busy={busy} save={(limits) => act(() => answerOf(api.approvals.settings.$put({ json: limits })))} />
            {data.proposals.length === 0 && <p className="muted" data-testid="approvals-empty">{t('approvals.empty')}</p>}
            {data.proposals.map(({ proposal, execution }) => (
              <ProposalCard key={proposal.id} proposal={proposal} execution={execution} busy={busy} act={act} />
            ))}
          </>
        )}
      </Loaded>
    </section>
  );
}

/** Share of a budget used, in percent, capped so an over-full bar still fits its track. */
const usedPercent = (used: number, budget: number) => (budget > 0 ? Math.min(100, (used / budget) * 100) : 100);

function BudgetPanel({ budget }: { budget: Inbox['budget'] }) {
  const t = useT();
  const format = useFormat();
  const rows = [
    { period: t('approvals.chart.day'), used: usedPercent(budget.todayYuan, budget.dailyBudgetYuan) },
    { period: t('approvals.chart.month'), used: usedPercent(budget.monthYuan, budget.monthlyBudgetYuan) },
  ].map((r) => ({ ...r, left: 100 - r.used }));
  return (
    <>
      <h2>{t('approvals.budget')}</h2>
      <div className="stats">
        <Stat label={t('approvals.today')} value={`${format.yuan(budget.todayYuan)} / ${format.number(budget.dailyBudgetYuan)}`} testId="budget-today" />
        <Stat label={t('approvals.month')} value={`${format.yuan(budget.monthYuan)} / ${format.number(budget.monthlyBudgetYuan)}`} testId="budget-month" />
      </div>
      <div className="chart">
        <ResponsiveContainer width="100%" height={110}>
          <BarChart data={rows} layout="vertical">
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey="period" width={56} />
            <Tooltip formatter={(v) => format.percent(Number(v) / 100)} />
            <Bar dataKey="used" stackId="b" name={t('approvals.chart.used')} fill="#d9480f" />
            <Bar dataKey="left" stackId="b" name={t('approvals.chart.left')} fill="#e5e7eb" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}

function LimitsForm({ limits, busy, save }: { limits: Limits; busy: boolean; save: (limits: Limits) => Promise<void> }) {
  const t = useT();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const value = (key: keyof Limits) => draft[key] ?? String(limits[key]);
  const submit = async () => {
    await save(Object.fromEntries(EDITABLE_LIMITS.map((k) => [k, Number(value(k))])) as Limits);
    setDraft({});
  };
  return (
    <details className="card" data-testid="limits">
      <summary>{t('approvals.limits')}</summary>
      <div className="grid2">
        {EDITABLE_LIMITS.map((key) => (
          <label key={key}>
            {t(`approvals.limit.${key}`)}
            <input type="number" inputMode="decimal" min={0} value={value(key)} data-testid={`limit-${key}`}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
          </label>
        ))}
      </div>
      <button disabled={busy} onClick={submit} data-testid="limits-save">{t('approvals.limitsSave')}</button>
    </details>
  );
}

function ProposalCard({ proposal: p, execution, busy, act }: {
  proposal: InboxEntry['proposal'];
  execution: InboxEntry['execution'];
  busy: boolean;
  act: (call: () => Promise<unknown>) => Promise<void>;
}) {
  const t = useT();
  const format = useFormat();
  const now = useNow();
  const [reason, setReason] = useState('');
  const id = { param: { id: p.id } };
  // Agents and actions the app knows get their merchant-facing names; anything new shows as sent.
  const named = (key: string, raw: string) => (t(key) === key ? raw : t(key));
  const amount = format.number(p.amountYuan, 2);
  const secondOpensAt = p.secondConfirmOpensAt ? Date.parse(p.secondConfirmOpensAt) : 0;
  const canUndo = p.status === 'executed' && execution?.undoUntil && Date.parse(execution.undoUntil) > now;
  return (
    <div className="card" data-testid="proposal" data-status={p.status} data-id={p.id}>
      <div className="row">
        <strong className="stat-value">{format.yuan(p.amountYuan, 2)}</strong>
        <span className="spacer" />
        <span className="badge" data-testid="proposal-status">{t(`approvals.status.${p.status}`)}</span>
      </div>
      <p><OwnNames text={p.description} names={proposalNames(p.payload)} /></p>
      <p className="muted small">
        <OwnNames text={t('approvals.by', { agent: named(`role.${p.agent}`, p.agent), action: named(`approvals.action.${p.action}`, p.action), channel: p.channel })} names={proposalNames(p.payload)} />
      </p>
      {p.layer === 'double' && p.status === 'pending' && <p className="small">{t('approvals.layer.double')}</p>}
      {p.status === 'awaiting_second' && (
        <p className="small">{secondOpensAt > now ? t('approvals.secondOpens', { time: format.dateTime(p.secondConfirmOpensAt!) }) : t('approvals.secondReady')}</p>
      )}
      {OPEN.includes(p.status) && <p className="muted small">{t('approvals.expires', { time: format.dateTime(p.expiresAt) })}</p>}
      {p.reason && !OPEN.includes(p.status) && <p className="muted small">{t('approvals.reason', { reason: p.reason })}</p>}
      {OPEN.includes(p.status) && (
        <div className="grid2">
          <button disabled={busy || secondOpensAt > now} onClick={() => act(() => answerOf(api.approvals[':id'].confirm.$post(id)))} data-testid="proposal-confirm">
            {t(p.status === 'awaiting_second' ? 'approvals.confirmAgain' : 'approvals.confirm', { amount })}
          </button>
          <input value={reason} placeholder={t('approvals.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} data-testid="proposal-reason" />
          <button className="secondary" disabled={busy} onClick={() => act(() => answerOf(api.approvals[':id'].reject.$post({ ...id, json: { reason: reason.trim() || null } })))} data-testid="proposal-reject">
            {t('approvals.reject')}
          </button>
        </div>
      )}
      {canUndo && (
        <button className="secondary" disabled={busy} onClick={() => act(() => answerOf(api.approvals[':id'].undo.$post(id)))} data-testid="proposal-undo">
          {t('approvals.undo', { time: format.dateTime(execution!.undoUntil!) })}
        </button>
      )}
    </div>
  );
}
