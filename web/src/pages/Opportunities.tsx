import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { answerOf, api, type Answer } from '../api.js';
import { PendingReviews } from '../components/PendingReviews.js';
import { Confidence } from '../components/Confidence.js';
import { RecordedDecision } from '../components/RecordedDecision.js';
import { ErrorBox, Loaded } from '../components/Status.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';
import { launchFromIdea, readChainLink } from '../chain.js';

/** The weights in force and the ideas ranked by them (GET ranks the shop's own ideas, POST the ones sent). */
type Ranking = Answer<typeof api.selection.opportunities.$get>;
type OpportunityScore = Ranking['opportunities'][number];
type OpportunityWeights = Ranking['weights'];
type FactorEvidence = OpportunityScore['factors'][number]['evidence'][number];

const FACTORS: readonly (keyof OpportunityWeights)[] = ['demand', 'growth', 'painRelief', 'competition', 'sameness', 'margin'];

/** Shares and similarities read as percentages, money as yuan, counts as whole numbers (never "12.35 件"). */
const PERCENT_EVIDENCE = new Set(['growth', 'fieldSameness']);
const MONEY_EVIDENCE = new Set(['netPerUnit', 'unitCost']);
/** A rise is 可信 when the chance it is noise (the radar's q-value) is under 5 %. */
const FALSE_ALARM_LEVEL = 0.05;

function EvidenceLine({ e }: { e: FactorEvidence }) {
  const t = useT();
  const format = useFormat();
  if (e.kind === 'missing') return <li className="muted">{t(`opp.missing.${e.text}`)}</li>;
  if (e.kind === 'review') return <li><blockquote>{e.text}</blockquote></li>;
  const v = e.value ?? 0;
  if (e.kind === 'figure' && e.text === 'qValue') {
    return <li><Confidence sure={v <= FALSE_ALARM_LEVEL}>{t('opp.qDetail', { value: format.number(v, 3) })}</Confidence></li>;
  }
  if (e.kind === 'painPoint') return <li>{t('opp.painShare', { label: e.text, share: format.percent(v, 1) })}</li>;
  if (e.kind === 'competitor') return <li>{t('opp.looksLike', { title: e.text, value: format.percent(v) })}</li>;
  const value = PERCENT_EVIDENCE.has(e.text) ? format.percent(v) : MONEY_EVIDENCE.has(e.text) ? format.yuan(v, 2) : format.number(v);
  return <li>{t(`opp.evidence.${e.text}`)}：{value}</li>;
}

type Decision = Answer<typeof api.selection.decisions.$get>[number];

function OpportunityCard({ o, decision }: { o: OpportunityScore; decision?: Decision }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="card" data-testid="opportunity">
      <div className="row">
        <strong>{o.idea.name}</strong>
        <span className="badge">{o.idea.category}</span>
        <span className="spacer" />
        <span className="stat-value" data-testid="opportunity-score">{format.number(o.score)}</span>
        <span className="muted small">{t('opp.outOf')}</span>
      </div>
      <ResponsiveContainer width="100%" height={190}>
        <BarChart data={o.factors.map((f) => ({ name: t(`opp.factor.${f.key}`), points: f.points }))} layout="vertical" margin={{ left: 8, right: 36 }}>
          {/* The axis ends at the most points any one factor can give, so a bar shows how much of its share it earned. */}
          <XAxis type="number" hide domain={[0, o.factors.reduce((most, f) => Math.max(most, f.weight * 100), -Infinity)]} />
          <YAxis type="category" dataKey="name" width={84} />
          <Bar dataKey="points" fill="#d9480f" isAnimationActive={false} label={{ position: 'right', formatter: (v: unknown) => format.number(Number(v), 1) }} />
        </BarChart>
      </ResponsiveContainer>
      {decision && <RecordedDecision decision={decision} />}
      <Link className="next-step" to={launchFromIdea(o.idea)} data-testid="opportunity-to-launch">{t('opp.toLaunch')}</Link>
      <details>
        <summary>{t('opp.why')}</summary>
        {o.factors.map((f) => (
          <div key={f.key}>
            <strong>{t(`opp.factor.${f.key}`)}</strong>{' '}
            <span className="muted small">{t('opp.factorLine', { score: format.number(f.score * 100), weight: format.number(f.weight * 100) })}</span>
            <ul>{f.evidence.map((e, i) => <EvidenceLine key={i} e={e} />)}</ul>
          </div>
        ))}
      </details>
    </div>
  );
}

function WeightSliders({ initial, onSaved }: { initial: OpportunityWeights; onSaved(): void }) {
  const t = useT();
  const format = useFormat();
  const [weights, setWeights] = useState(initial);
  const [error, setError] = useState<Error>();
  useEffect(() => setWeights(initial), [initial]);
  const save = () => answerOf(api.selection.opportunities.weights.$put({ json: weights })).then(onSaved, setError);
  return (
    <details className="card">
      <summary>{t('opp.weights')}</summary>
      {FACTORS.map((k) => (
        <label key={k}>
          {t(`opp.factor.${k}`)} <span className="muted">{format.number(weights[k] * 100)}</span>
          <input type="range" min={0} max={1} step={0.05} name={`weight-${k}`} value={weights[k]}
            onChange={(e) => setWeights({ ...weights, [k]: Number(e.target.value) })} />
        </label>
      ))}
      <button type="button" onClick={save} data-testid="save-weights">{t('opp.saveWeights')}</button>
      {error && <ErrorBox error={error} />}
    </details>
  );
}

function IdeaForm({ categories, decisions }: { categories: string[]; decisions: Decision[] }) {
  const t = useT();
  const [link] = useState(() => readChainLink(window.location.search));
  const [idea, setIdea] = useState({
    name: '', category: categories[0] ?? '', description: '', fixes: link.values.get('fixes') ?? '', price: '', unitCost: '',
  });
  const [scored, setScored] = useState<OpportunityScore>();
  const [error, setError] = useState<Error>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const body = {
        ideas: [{
          name: idea.name, category: idea.category, description: idea.description || undefined,
          fixes: idea.fixes.split(/[,，、\s]+/).filter(Boolean),
          price: idea.price ? Number(idea.price) : undefined, unitCost: idea.unitCost ? Number(idea.unitCost) : undefined,
        }],
      };
      setScored((await answerOf(api.selection.opportunities.$post({ json: body }))).opportunities[0]);
    } catch (err) {
      setError(err as Error);
    }
  };
  const input = (key: keyof typeof idea, inputMode?: 'decimal') => (
    <label>
      {t(`opp.idea.${key}`)}
      <input name={`idea-${key}`} inputMode={inputMode} value={idea[key]} onChange={(e) => setIdea({ ...idea, [key]: e.target.value })} />
    </label>
  );
  return (
    <form className="card" id="idea" onSubmit={submit}>
      <h2>{t('opp.ideaTitle')}</h2>
      {link.origin && <p className="chain-origin" data-testid="chain-origin">{t('chain.fromPainPoint', { name: link.origin.name })}</p>}
      <div className="grid2">
        {input('name')}
        <label>
          {t('opp.idea.category')}
          {/* A shop's known categories are offered; a new shop, with no product list yet, names its own. */}
          <input name="idea-category" list="idea-categories" value={idea.category} onChange={(e) => setIdea({ ...idea, category: e.target.value })} />
          <datalist id="idea-categories">
            {categories.map((c) => <option key={c} value={c} />)}
          </datalist>
        </label>
        {input('description')}
        {input('fixes')}
        {input('price', 'decimal')}
        {input('unitCost', 'decimal')}
      </div>
      <button type="submit" disabled={!idea.name || !idea.category}>{t('opp.scoreIdea')}</button>
      {error && <ErrorBox error={error} />}
      {scored && <OpportunityCard o={scored} decision={decisions.find((d) => d.idea === scored.idea.name)} />}
    </form>
  );
}

/** Ideas the owner decided on after testing them: the end of the chain, shown where ideas are made. */
function Decisions({ decisions }: { decisions: Decision[] }) {
  const t = useT();
  if (decisions.length === 0) return null;
  return (
    <div data-testid="decisions">
      <h2>{t('opp.decisions')}</h2>
      {decisions.map((d) => <RecordedDecision key={d.id} decision={d} />)}
    </div>
  );
}

export function OpportunitiesPage() {
  const t = useT();
  const ranking = useApi(api.selection.opportunities);
  const decisions = useApi(api.selection.decisions);
  return (
    <section>
      <h1>{t('opp.title')}</h1>
      <p className="muted">{t('opp.intro')}</p>
      <Loaded state={ranking}>
        {(r) => (
          <>
            <PendingReviews n={r.pendingReviews} />
            <WeightSliders initial={r.weights} onSaved={ranking.reload} />
            {r.opportunities.length === 0 && <p className="muted">{t('opp.empty')}</p>}
            {r.opportunities.map((o) => <OpportunityCard key={o.idea.name} o={o} />)}
            <IdeaForm categories={r.opportunities.map((o) => o.idea.category)} decisions={decisions.data ?? []} />
            <Decisions decisions={decisions.data ?? []} />
          </>
        )}
      </Loaded>
    </section>
  );
}
