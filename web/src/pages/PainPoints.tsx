import { Link } from 'react-router-dom';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, type Answer } from '../api.js';
import { Confidence } from '../components/Confidence.js';
import { Stat } from '../components/Stat.js';
import { Loaded } from '../components/Status.js';
import { useFormat, useLocale, useT } from '../i18n.js';
import { useApi } from '../useApi.js';
import { ideaFromPainPoint, painPointMentions, readChainLink } from '../chain.js';

/** The report plus how far review extraction has got. */
type PainPointReport = Answer<typeof api.painpoints.$get>;
type RankedPainPoint = PainPointReport['painPoints'][number];
type PainPointGap = PainPointReport['gap']['oursWorse'][number];
type PainPointSlice = PainPointReport['byProduct'][number];

/** Bars shown in the chart; the rest are in the list below it. */
const CHART_BARS = 10;

type Scope = { kind: 'all' } | { kind: 'product' | 'category'; key: string };

/** A platform as the owner says it (淘宝, not the stored code taobao); a code without a name shows as stored. */
function platformName(t: (key: string) => string, code: string): string {
  const key = `platformName.${code}`;
  const name = t(key);
  return name === key ? code : name;
}

/** Characters of a pain point's name that fit the chart's 120 px axis on a phone. */
const AXIS_CHARS = 8;
const shortLabel = (label: string) => (label.length > AXIS_CHARS ? `${label.slice(0, AXIS_CHARS - 1)}…` : label);

function queryOf(scope: Scope, since: string): Record<string, string | undefined> {
  return { ...(scope.kind === 'all' ? {} : { [scope.kind]: scope.key }), since: since || undefined };
}

/** A quote with the complaint's own words marked, so the proof is seen at a glance. */
function Quote({ text, phrases }: { text: string; phrases: string[] }) {
  const phrase = phrases.find((p) => p && text.includes(p));
  if (!phrase) return <blockquote>{text}</blockquote>;
  const at = text.indexOf(phrase);
  return (
    <blockquote>
      {text.slice(0, at)}
      <mark>{phrase}</mark>
      {text.slice(at + phrase.length)}
    </blockquote>
  );
}

/**
 * What a product developer acts on (src/painpoints/report/figures.ts): how many reviews complain, what share
 * of my reviews that is and the range it could really be, the stars those buyers withhold, whether it is
 * growing, and whether there are enough reviews to act; each explained under 这个数怎么来的.
 */
function Figures({ figures: f, reviews }: { figures: RankedPainPoint['figures']; reviews: number }) {
  const t = useT();
  const format = useFormat();
  const share = (x: number) => format.percent(x, 1, 1);
  const days = f.trend.windowDays;
  const trendClass = f.trend.direction === 'rising' ? 'bad' : f.trend.direction === 'falling' ? 'good' : 'muted';
  return (
    <>
      <p className="small" data-testid="painpoint-figures">
        {t('painpoints.figure.affected', { n: format.number(f.affected), total: format.number(reviews) })} ·{' '}
        {t('painpoints.figure.share', { share: share(f.share.value), low: share(f.share.low), high: share(f.share.high) })}
        {f.starsLost && (
          <>
            {' · '}
            {t('painpoints.figure.starsLost', {
              value: format.number(f.starsLost.value, 1, 1), low: format.number(f.starsLost.low, 1, 1), high: format.number(f.starsLost.high, 1, 1),
            })}
          </>
        )}
        {' · '}
        <span className={trendClass}>
          {t(`painpoints.figure.trend.${f.trend.direction}`, { days, recent: share(f.trend.recentShare), previous: share(f.trend.previousShare) })}
        </span>
      </p>
      <Confidence sure={f.enough}>
        {t(f.enough ? 'painpoints.figure.enough' : 'painpoints.figure.tooFew', { n: format.number(f.affected) })}
      </Confidence>
      <details data-testid="painpoint-how">
        <summary className="small">{t('painpoints.how.title')}</summary>
        <ul className="small muted">
          <li>{t('painpoints.how.affected')}</li>
          <li>{t('painpoints.how.share')}</li>
          <li>{t('painpoints.how.starsLost')}</li>
          <li>{t('painpoints.how.trend', { days })}</li>
          <li>{t('painpoints.how.sure')}</li>
          <li>{t('painpoints.how.sources')}</li>
        </ul>
      </details>
    </>
  );
}

function PainPointCard({ painPoint, rank, reviews }: { painPoint: RankedPainPoint; rank: number; reviews: number }) {
  const t = useT();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const p = painPoint;
  return (
    <div className="card" data-testid="painpoint-item">
      <div className="row">
        <span className="badge">{t('painpoints.rank', { n: rank })}</span>
        <strong>{p.label}</strong>
        <span className="badge">{p.group}</span>
      </div>
      <Figures figures={p.figures} reviews={reviews} />
      {p.sources.posts > 0 && (
        <p className="small" data-testid="painpoint-sources">
          {t('painpoints.sources', { reviews: format.number(p.sources.reviews), posts: format.number(p.sources.posts) })}
        </p>
      )}
      <div className="row">
        <button className="secondary" onClick={() => setOpen(!open)} aria-expanded={open}>
          {t(open ? 'painpoints.hideEvidence' : 'painpoints.showEvidence')}
        </button>
        <Link className="next-step" to={ideaFromPainPoint(p)} data-testid="painpoint-to-idea">{t('chain.toIdea')}</Link>
      </div>
      {open && (
        <div data-testid="painpoint-evidence">
          <h3 className="small">{t('painpoints.evidence')}</h3>
          {p.evidence.map((e) => <Quote key={e.reviewId} text={e.text} phrases={p.phrasings.map((ph) => ph.text)} />)}
          <h3 className="small">{t('painpoints.phrasings')}</h3>
          <p className="small">{p.phrasings.map((ph) => `${ph.text} ×${ph.count}`).join('，')}</p>
          {p.trend.length > 1 && (
            <>
              <h3 className="small">{t('painpoints.trend')}</h3>
              <div className="chart">
                <ResponsiveContainer width="100%" height={160}>
                  <LineChart data={p.trend}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="month" />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Line type="monotone" dataKey="complaints" name={t('painpoints.trend.complaints')} stroke="#c92a2a" />
                  </LineChart>
                </ResponsiveContainer>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function GapList({ title, gaps }: { title: string; gaps: PainPointGap[] }) {
  const t = useT();
  const format = useFormat();
  if (gaps.length === 0) return null;
  return (
    <div className="card">
      <h3 className="small">{title}</h3>
      <ul>
        {gaps.map((g) => (
          <li key={g.group}>{t('painpoints.gap.row', { group: g.group, own: format.percent(g.ownShare, 1, 1), competitor: format.percent(g.competitorShare, 1, 1) })}</li>
        ))}
      </ul>
    </div>
  );
}

/** The top pain points of each product, platform or competitor, one line each. */
function SliceList({ title, slices, testId, nameOf = (key, label) => label }: {
  title: string; slices: PainPointSlice[]; testId: string; nameOf?: (key: string, label: string) => string;
}) {
  const t = useT();
  const format = useFormat();
  if (slices.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h2>{title}</h2>
      {slices.map((slice) => (
        <div key={slice.key} className="card">
          <strong>{nameOf(slice.key, slice.label)}</strong> <span className="muted small">{t('painpoints.sliceReviews', { n: slice.reviews })}</span>
          <p className="small">{slice.painPoints.length === 0 ? t('painpoints.none') : slice.painPoints.map((p) => `${p.label}（${format.percent(p.share, 1, 1)}）`).join('，')}</p>
        </div>
      ))}
    </div>
  );
}

/** Where a trend link brought the owner, how many pain points mention its term, and the way back to all of them. */
function TermFilter({ term, matches, clear }: { term: string; matches: number; clear(): void }) {
  const t = useT();
  return (
    <div className="chain-origin" data-testid="chain-origin">
      <p>{t(matches > 0 ? 'painpoints.fromTrend' : 'painpoints.fromTrendNone', { term, n: matches })}</p>
      <button type="button" className="secondary" onClick={clear}>{t('painpoints.showAll')}</button>
    </div>
  );
}

export function PainPointsPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const [scope, setScope] = useState<Scope>({ kind: 'all' });
  const [since, setSince] = useState('');
  // Opened from a rising trend term: only the pain points that mention it, until the owner asks for all.
  const [term, setTerm] = useState(() => readChainLink(window.location.search).values.get('term') ?? '');
  const matching = (all: RankedPainPoint[]) => (term ? all.filter((p) => painPointMentions(p, term)) : all);
  // When nothing mentions the term, every pain point stays listed (the note above says so).
  const shown = (all: RankedPainPoint[], p: RankedPainPoint) => matching(all).length === 0 || matching([p]).length > 0;
  // Scope choices come from the unscoped report, so narrowing never hides the other options.
  const everything = useApi(api.painpoints);
  const scoped = useApi(scope.kind === 'all' && !since ? null : api.painpoints, { query: queryOf(scope, since) });
  const report = scope.kind === 'all' && !since ? everything : scoped;
  const choose = (value: string) => {
    const [kind, key] = value.split(':', 2) as ['all' | 'product' | 'category', string];
    setScope(kind === 'all' ? { kind } : { kind, key });
  };
  return (
    <section>
      <h1>{t('painpoints.title')}</h1>
      <p className="muted small">{t('painpoints.intro')}</p>
      {everything.data && everything.data.reviews > 0 && (
        <div className="grid2">
          <label>
            {t('painpoints.scope.product')} / {t('painpoints.scope.category')}
            <select data-testid="painpoints-scope" value={scope.kind === 'all' ? 'all:' : `${scope.kind}:${scope.key}`} onChange={(e) => choose(e.target.value)}>
              <option value="all:">{t('painpoints.scope.all')}</option>
              {everything.data.byProduct.map((s) => <option key={s.key} value={`product:${s.key}`}>{t('painpoints.scope.product')} · {s.label}</option>)}
              {everything.data.byCategory.map((s) => <option key={s.key} value={`category:${s.key}`}>{t('painpoints.scope.category')} · {s.label}</option>)}
            </select>
          </label>
          <label>
            {t('painpoints.since')}
            <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
          </label>
        </div>
      )}
      <Loaded state={report}>
        {(r) => r.reviews === 0 ? <p className="muted">{t('painpoints.empty')}</p> : (
          <>
            <div className="stats">
              <Stat label={t('painpoints.reviews')} value={format.number(r.reviews)} testId="painpoints-reviews" />
              <Stat label={t('painpoints.count')} value={format.number(r.painPoints.length)} />
              <Stat label={t('painpoints.newlyAnalysed')} value={format.number(r.extractedNow)} />
            </div>
            {r.owner === 'own' && <p className="muted small" data-testid="painpoints-own-only">{t('painpoints.ownOnly')}</p>}
            {r.pendingReviews > 0 && <p className="muted small" role="status">{t('painpoints.pending', { n: format.number(r.pendingReviews) })}</p>}
            {r.opportunities.length > 0 && (
              <>
                <h2>{t('painpoints.opportunities')}</h2>
                {r.opportunities.map((o, i) => <p key={i} className="card" data-testid="painpoint-opportunity">{o[locale]}</p>)}
              </>
            )}
            {term && <TermFilter term={term} matches={matching(r.painPoints).length} clear={() => setTerm('')} />}
            {r.painPoints.length === 0 ? <p className="muted">{t('painpoints.none')}</p> : (
              <>
                <h2>{t('painpoints.chart')}</h2>
                <div className="chart" data-testid="painpoints-chart">
                  <ResponsiveContainer width="100%" height={Math.max(160, Math.min(CHART_BARS, r.painPoints.length) * 34)}>
                    <BarChart data={r.painPoints.slice(0, CHART_BARS).map((p) => ({ label: p.label, share: p.share * 100 }))} layout="vertical" margin={{ left: 24 }}>
                      <XAxis type="number" unit="%" />
                      {/* The axis holds eight characters; a longer name is cut here and read whole on its card below. */}
                      <YAxis type="category" dataKey="label" width={120} tickFormatter={shortLabel} />
                      <Tooltip formatter={(v) => format.percent(Number(v) / 100, 1, 1)} />
                      <Bar dataKey="share" name={t('painpoints.share')} fill="#d9480f" />
                    </BarChart>
                  </ResponsiveContainer>
                </div>
                <h2>{t('painpoints.title')}</h2>
                {r.painPoints.map((p, i) => shown(r.painPoints, p) && <PainPointCard key={p.group} painPoint={p} rank={i + 1} reviews={r.reviews} />)}
              </>
            )}
            <h2>{t('painpoints.gap')}</h2>
            {r.gap.competitorsWorse.length + r.gap.oursWorse.length === 0 && <p className="muted">{t('painpoints.gap.none')}</p>}
            <div className="grid2" data-testid="painpoints-gap">
              <GapList title={t('painpoints.gap.competitorsWorse')} gaps={r.gap.competitorsWorse} />
              <GapList title={t('painpoints.gap.oursWorse')} gaps={r.gap.oursWorse} />
            </div>
            <SliceList title={t('painpoints.byCompetitor')} slices={r.byCompetitor} testId="painpoints-by-competitor" />
            <SliceList title={t('painpoints.byProduct')} slices={r.byProduct} testId="painpoints-by-product" />
            <SliceList title={t('painpoints.byPlatform')} slices={r.byPlatform} testId="painpoints-by-platform" nameOf={(code) => platformName(t, code)} />
          </>
        )}
      </Loaded>
    </section>
  );
}
