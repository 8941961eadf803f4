import { type FormEvent, useState } from 'react';
import { Bar, BarChart, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useSearchParams } from 'react-router-dom';
import { answerOf, api, type Answer } from '../api.js';
import { Confidence } from '../components/Confidence.js';
import { ErrorBox, Loaded } from '../components/Status.js';
import { useFormat, useT } from '../i18n.js';
import { useAction } from '../useAction.js';
import { useApi } from '../useApi.js';
import type { ConceptMetric as Metric } from '../../../src/selection/concept-test.js';
import { LAUNCH_DECISIONS, type LaunchDecisionKind } from '../../../src/domain/launch-decision.js';
import { readChainLink } from '../chain.js';
import { RecordedDecision } from '../components/RecordedDecision.js';

/** The test as recorded and the verdict on it. */
type TestView = Answer<(typeof api.selection.concepts)[':id']['$get']>;

const COUNT_FIELDS = ['views', 'likes', 'saves', 'intentAsked', 'intentYes'] as const;
const METRICS: Metric[] = ['intent', 'save', 'like', 'buyingComment', 'warmComment'];

/** The variant ahead, with its chance of being best and the expected loss of picking it. */
const leaderOf = (verdict: TestView['verdict']) => verdict.variants.find((v) => v.name === verdict.leader) ?? verdict.variants[0];

function VerdictView({ view }: { view: TestView }) {
  const t = useT();
  const format = useFormat();
  const { verdict } = view;
  return (
    <div data-testid="concept-verdict">
      <div className={`card ${verdict.stop ? 'good' : ''}`} data-testid="concept-decision">
        <strong>
          {verdict.stop
            ? t('concepts.stop', { leader: verdict.leader })
            : t('concepts.keepTesting', { leader: verdict.leader, more: format.number(verdict.moreSampleNeeded) })}
        </strong>
        <Confidence sure={verdict.stop}>
          {t('concepts.decidedBy', { metric: t(`concepts.metric.${verdict.decidedBy}`) })}{' '}
          {t('concepts.leaderOdds', { leader: verdict.leader, chance: format.percent(leaderOf(verdict).chanceBest, 1), loss: format.percent(leaderOf(verdict).expectedLoss, 1) })}
        </Confidence>
      </div>
      <h2>{t('concepts.chanceBest')}</h2>
      <div className="chart">
        <ResponsiveContainer width="100%" height={60 + 40 * verdict.variants.length}>
          <BarChart data={verdict.variants.map((v) => ({ name: v.name, chance: v.chanceBest * 100 }))} layout="vertical" margin={{ left: 8, right: 24 }}>
            <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => format.percent(v / 100)} />
            <YAxis type="category" dataKey="name" width={72} />
            <Tooltip formatter={(v) => format.percent(Number(v) / 100, 1)} />
            <Bar dataKey="chance" fill="#d9480f" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="card">
      <summary>{t('concepts.rates', { metric: t(`concepts.metric.${verdict.decidedBy}`) })}</summary>
      <div className="chart">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart
            data={verdict.variants.map((v) => {
              const r = v.rates[verdict.decidedBy];
              return { name: v.name, mean: r.mean * 100, range: [(r.mean - r.low) * 100, (r.high - r.mean) * 100] };
            })}
          >
            <XAxis dataKey="name" />
            <YAxis tickFormatter={(v: number) => format.percent(v / 100)} width={44} />
            <Bar dataKey="mean" fill="#495057" isAnimationActive={false}>
              <ErrorBar dataKey="range" width={8} stroke="#d9480f" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
        <p className="muted small">{t('concepts.intervalNote')}</p>
      </div>
      <div className="table-wrap">
        <table className="cards-on-phone">
          <thead>
            <tr><th>{t('concepts.variant')}</th><th>{t('concepts.rate')}</th><th>{t('concepts.chanceBestShort')}</th><th>{t('concepts.loss')}</th></tr>
          </thead>
          <tbody>
            {verdict.variants.map((v) => {
              const r = v.rates[verdict.decidedBy];
              return (
                <tr key={v.name}>
                  <td className="card-title">{v.name}</td>
                  <td data-label={t('concepts.rate')} className="wrap">
                    {format.percent(r.mean, 1)}{' '}
                    <span className="muted small">{t('concepts.rangeOf', { low: format.percent(r.low, 1), high: format.percent(r.high, 1), n: format.number(r.trials) })}</span>
                  </td>
                  <td data-label={t('concepts.chanceBestShort')}>{format.percent(v.chanceBest, 1)}</td>
                  <td data-label={t('concepts.loss')}>{format.percent(v.expectedLoss, 1)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      </details>
      <details className="card">
        <summary>{t('concepts.allRates')}</summary>
        <div className="table-wrap">
          <table className="cards-on-phone">
            <thead>
              <tr><th>{t('concepts.variant')}</th>{METRICS.map((m) => <th key={m}>{t(`concepts.metric.${m}`)}</th>)}</tr>
            </thead>
            <tbody>
              {verdict.variants.map((v) => (
                <tr key={v.name}>
                  <td className="card-title">{v.name}</td>
                  {METRICS.map((m) => (
                    <td key={m} data-label={t(`concepts.metric.${m}`)}>
                      {v.rates[m].trials ? t('concepts.rateOf', { rate: format.percent(v.rates[m].mean, 1), n: format.number(v.rates[m].trials) }) : '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

/**
 * The step after the test: 开模 / 再测 / 放弃, recorded with the test's result for the idea it was about, and the
 * decision already taken shown in its place.
 */
function DecisionBar({ view, idea }: { view: TestView; idea: string | null }) {
  const t = useT();
  const format = useFormat();
  const decisions = useApi(api.selection.decisions);
  const { busy, error, run } = useAction();
  const latest = decisions.data?.find((d) => d.testId === view.test.id);
  const decide = (decision: LaunchDecisionKind) => run(
    () => answerOf(api.selection.concepts[':id'].decision.$post({ param: { id: view.test.id }, json: { decision, idea: idea ?? undefined } })),
    () => decisions.reload(),
  );
  return (
    <div className="card" data-testid="launch-decision">
      <h2>{t('concepts.decide')}</h2>
      {latest && <RecordedDecision decision={latest} />}
      <div className="row">
        {LAUNCH_DECISIONS.map((d) => (
          <button key={d} type="button" className={d === 'launch' ? '' : 'secondary'} disabled={busy} onClick={() => decide(d)} data-testid={`decide-${d}`}>
            {t(`decision.${d}`)}
          </button>
        ))}
      </div>
      <p className="muted small">{t('concepts.decideNote', { idea: idea ?? view.test.name, leader: view.verdict.leader, chance: format.percent(leaderOf(view.verdict).chanceBest, 1) })}</p>
      {error && <ErrorBox error={error} />}
    </div>
  );
}

function RecordForm({ view, onRecorded }: { view: TestView; onRecorded(v: TestView): void }) {
  const t = useT();
  const [variant, setVariant] = useState(view.test.variants[0]?.name ?? '');
  const current = view.test.variants.find((v) => v.name === variant);
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [comments, setComments] = useState('');
  const [error, setError] = useState<Error>();
  const value = (k: (typeof COUNT_FIELDS)[number]) => counts[k] ?? String(current?.[k] ?? 0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const body = {
        counts: Object.fromEntries(COUNT_FIELDS.map((k) => [k, Number(value(k))])),
        comments: comments.split('\n').map((c) => c.trim()).filter(Boolean),
      };
      const param = { id: view.test.id, variant: encodeURIComponent(variant) };
      onRecorded(await answerOf(api.selection.concepts[':id'].variants[':variant'].$put({ param, json: body })));
      setCounts({});
      setComments('');
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <form className="card" onSubmit={submit}>
      <h2>{t('concepts.record')}</h2>
      <label>
        {t('concepts.variant')}
        <select name="variant" value={variant} onChange={(e) => { setVariant(e.target.value); setCounts({}); }}>
          {view.test.variants.map((v) => <option key={v.name}>{v.name}</option>)}
        </select>
      </label>
      <div className="grid2">
        {COUNT_FIELDS.map((k) => (
          <label key={k}>
            {t(`concepts.count.${k}`)}
            <input name={k} inputMode="numeric" value={value(k)} onChange={(e) => setCounts({ ...counts, [k]: e.target.value })} />
          </label>
        ))}
      </div>
      <label>
        {t('concepts.comments')}
        <textarea name="comments" rows={3} value={comments} onChange={(e) => setComments(e.target.value)} />
      </label>
      <button type="submit" data-testid="concept-record">{t('concepts.save')}</button>
      {error && <ErrorBox error={error} />}
    </form>
  );
}

function NewTestForm({ onCreated, idea }: { onCreated(v: TestView): void; idea: string | null }) {
  const t = useT();
  const [name, setName] = useState(idea ?? '');
  const [variants, setVariants] = useState('');
  const [decideBy, setDecideBy] = useState<Metric | ''>('');
  const [error, setError] = useState<Error>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const names = variants.split(/[,，、]/).map((v) => v.trim()).filter(Boolean);
      onCreated(await answerOf(api.selection.concepts.$post({ json: { name, variants: names, decideBy: decideBy || undefined } })));
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <form className="card" id="new-test" onSubmit={submit}>
      <h2>{t('concepts.new')}</h2>
      <label>{t('concepts.name')}<input name="test-name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <label>{t('concepts.variants')}<input name="test-variants" value={variants} onChange={(e) => setVariants(e.target.value)} /></label>
      <label>
        {t('concepts.decideBy')}
        <select name="decide-by" value={decideBy} onChange={(e) => setDecideBy(e.target.value as Metric | '')}>
          <option value="">{t('concepts.auto')}</option>
          {METRICS.map((m) => <option key={m} value={m}>{t(`concepts.metric.${m}`)}</option>)}
        </select>
      </label>
      <button type="submit" disabled={!name || !variants}>{t('concepts.create')}</button>
      {error && <ErrorBox error={error} />}
    </form>
  );
}

export function ConceptsPage() {
  const t = useT();
  // Opened from an idea's launch calculation: the new test is named after it and the decision is recorded for it.
  const [origin] = useState(() => readChainLink(window.location.search).origin);
  const idea = origin?.from === 'idea' ? origin.name : null;
  const tests = useApi(api.selection.concepts);
  // ?test= opens one test: the materials gallery links here from a test-before-the-mould kit
  const [params] = useSearchParams();
  const [selected, setSelected] = useState<string | null>(params.get('test'));
  const [fresh, setFresh] = useState<TestView>();
  const loaded = useApi(selected && fresh?.test.id !== selected ? api.selection.concepts[':id'] : null, { param: { id: selected ?? '' } });
  const view = fresh?.test.id === selected ? fresh : loaded.data;
  const show = (v: TestView) => {
    setFresh(v);
    setSelected(v.test.id);
    void tests.reload();
  };
  return (
    <section>
      <h1>{t('concepts.title')}</h1>
      {idea ? <p className="chain-origin" data-testid="chain-origin">{t('chain.conceptFromIdea', { name: idea })}</p> : <p className="muted">{t('concepts.intro')}</p>}
      <Loaded state={tests}>
        {(list) => (
          <label>
            {t('concepts.pick')}
            <select name="concept-test" value={selected ?? ''} onChange={(e) => { setFresh(undefined); setSelected(e.target.value || null); }}>
              <option value="">{list.length ? t('concepts.choose') : t('concepts.none')}</option>
              {list.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
        )}
      </Loaded>
      {loaded.error && <ErrorBox error={loaded.error} />}
      {view && (
        <>
          <VerdictView view={view} />
          <p><Link to={`/materials?test=${encodeURIComponent(view.test.id)}`} data-testid="concept-materials">{t('concepts.materials')}</Link></p>
          <DecisionBar view={view} idea={idea} />
          <RecordForm key={view.test.id} view={view} onRecorded={setFresh} />
        </>
      )}
      <NewTestForm onCreated={show} idea={idea} />
    </section>
  );
}
