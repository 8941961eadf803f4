import { Link } from 'react-router-dom';
import { useState } from 'react';
import { Bar, BarChart, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, type Answer } from '../api.js';
import { Confidence } from '../components/Confidence.js';
import { Stat } from '../components/Stat.js';
import { PendingReviews } from '../components/PendingReviews.js';
import { Loaded } from '../components/Status.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';
import { painPointsOf } from '../chain.js';
import { trendPeriods } from '../trend-periods.js';

/** The window's scan, the rows this refresh read and the stored alerts. */
type TrendReport = Answer<typeof api.trends.$get>;
type TrendSignal = TrendReport['rising'][number];

/** The radar holds false alarms across everything it tests at 5 % (Benjamini-Hochberg); below it a rise is 可信. */
const FALSE_ALARM_LEVEL = 0.05;

/**
 * The page's first sentence: what rises most surely and by how much, with its window and base (per-day rates, since
 * the recent and earlier periods differ in length), and a link to the complaints behind it.
 */
function TrendHeadline({ report }: { report: TrendReport }) {
  const t = useT();
  const format = useFormat();
  const top = report.rising[0];
  if (!top) return <p className="trend-headline" data-testid="trend-headline">{t('trends.headline.none')}</p>;
  const vars = {
    key: top.key, kind: t(`kind.${top.kind}`), ...trendPeriods(report), growth: format.signedPercent(top.growth),
    recent: format.number(top.recent), baseline: format.number(top.baseline), related: top.related.slice(0, 3).join('、'),
  };
  return (
    <p className="trend-headline" data-testid="trend-headline">
      {t(top.related.length > 0 ? 'trends.headline.related' : 'trends.headline', vars)}{' '}
      <Link className="next-step" to={painPointsOf(top.key)} data-testid="trend-to-painpoints">{t('trends.toPainPoints')}</Link>
    </p>
  );
}
type TrendAlert = TrendReport['alerts'][number];

const WINDOWS = ['30d', '90d', '180d'];
const KINDS = ['term', 'aspect', 'painpoint', 'product', 'category', 'platform', 'keyword', 'sales'];

function Sparkline({ values }: { values: number[] }) {
  return (
    <div data-testid="trend-sparkline">
      <ResponsiveContainer width="100%" height={36}>
        <LineChart data={values.map((value, i) => ({ i, value }))}>
          <Line type="monotone" dataKey="value" stroke="#d9480f" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function Evidence({ kind, itemKey, window }: { kind: string; itemKey: string; window: string }) {
  const t = useT();
  const format = useFormat();
  // One series and the reviews and posts behind it.
  const state = useApi(api.trends.series, { query: { kind, key: itemKey, window } });
  return (
    <Loaded state={state}>
      {({ signal, evidence }) => (
        <div data-testid="trend-evidence">
          <h3 className="small">{t('trends.chart')}</h3>
          <div className="chart">
            <ResponsiveContainer width="100%" height={140}>
              <BarChart data={signal.sparkline.map((value, i) => ({ period: i + 1, value }))}>
                <XAxis dataKey="period" />
                <YAxis allowDecimals={false} />
                {/* Posts count by engagement, so a period's total can be fractional: shown whole, like every count. */}
                <Tooltip formatter={(v) => format.number(Number(v))} />
                <Bar dataKey="value" fill="#c2410c" />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <h3 className="small">{t('trends.evidence')}</h3>
          {evidence.length === 0 && <p className="muted small">{t('trends.noEvidence')}</p>}
          {evidence.map((e) => (
            <blockquote key={`${e.source}:${e.id}`}>
              {e.text}
              <span className="muted small"> — {t(`trends.source.${e.source}`)} · {e.platform} · {e.at.slice(0, 10)}</span>
            </blockquote>
          ))}
        </div>
      )}
    </Loaded>
  );
}

function RisingCard({ item, window, days }: { item: TrendSignal; window: string; days: ReturnType<typeof trendPeriods> }) {
  const t = useT();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const counts = { ...days, recent: format.number(item.recent), baseline: format.number(item.baseline), growth: format.signedPercent(item.growth) };
  return (
    <div className="card" data-testid="trend-item">
      <div className="row">
        <span className="badge">{t(`kind.${item.kind}`)}</span>
        <strong>{item.key}</strong>
        {item.emerging && <span className="badge bad">{t('trends.new')}</span>}
      </div>
      <p className="small" data-testid="trend-counts">{t('trends.counts', counts)}</p>
      {item.related.length > 0 && <p className="small" data-testid="trend-related">{t('trends.related', { words: item.related.join(' · ') })}</p>}
      <Sparkline values={item.sparkline} />
      <Confidence sure={item.qValue <= FALSE_ALARM_LEVEL}>
        {t(`trends.test.${item.test}`)} · {t('trends.q', { value: item.qValue.toExponential(1) })} ·{' '}
        {t('trends.slope', { value: `${item.senSlope >= 0 ? '+' : ''}${format.number(item.senSlope, 1)}` })}
      </Confidence>
      <div className="row">
        <button className="secondary" onClick={() => setOpen(!open)} aria-expanded={open}>
          {t(open ? 'trends.hideEvidence' : 'trends.showEvidence')}
        </button>
        <Link className="next-step" to={painPointsOf(item.key)}>{t('trends.toPainPoints')}</Link>
      </div>
      {open && <Evidence kind={item.kind} itemKey={item.key} window={window} />}
    </div>
  );
}

function Alerts({ alerts }: { alerts: TrendAlert[] }) {
  const t = useT();
  const format = useFormat();
  if (alerts.length === 0) return <p className="muted">{t('trends.alerts.none')}</p>;
  return (
    <div className="table-wrap" data-testid="trend-alerts">
      <table className="cards-on-phone">
        <thead>
          <tr>
            <th>{t('trends.alerts.item')}</th>
            <th>{t('trends.kind')}</th>
            <th>{t('trends.alerts.first')}</th>
            <th>{t('trends.alerts.last')}</th>
            <th>{t('trends.alerts.growth')}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={`${a.windowDays}:${a.kind}:${a.key}`}>
              <td className="card-title">{a.key}</td>
              <td data-label={t('trends.kind')}>{t(`kind.${a.kind}`)}</td>
              <td data-label={t('trends.alerts.first')}>{a.firstAlertedOn}</td>
              <td data-label={t('trends.alerts.last')}>{a.lastAlertedOn}</td>
              <td data-label={t('trends.alerts.growth')} className="bad">
                {t('trends.alerts.growthValue', { days: a.windowDays, growth: format.signedPercent(a.growth) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TrendsPage() {
  const t = useT();
  const format = useFormat();
  const [window, setWindow] = useState('90d');
  const [kind, setKind] = useState('all');
  const report = useApi(api.trends, { query: { window } });
  return (
    <section>
      <h1>{t('trends.title')}</h1>
      <p className="muted small">{t('trends.intro')}</p>
      <div className="grid2">
        <label>
          {t('trends.window')}
          <select data-testid="trends-window" value={window} onChange={(e) => setWindow(e.target.value)}>
            {WINDOWS.map((w) => <option key={w} value={w}>{t(`trends.window.${w}`)}</option>)}
          </select>
        </label>
        <label>
          {t('trends.kind')}
          <select data-testid="trends-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="all">{t('trends.kind.all')}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
      </div>
      <Loaded state={report}>
        {(r) => !r.asOf ? <p className="muted">{t('trends.empty')}</p> : (
          <>
            <PendingReviews n={r.pendingReviews} />
            <TrendHeadline report={r} />
            <p className="small muted" data-testid="trends-as-of">
              {t('trends.asOf', { date: r.asOf, recent: r.recentBuckets, baseline: r.buckets - r.recentBuckets, days: r.bucketDays })}
            </p>
            <div className="stats">
              <Stat label={t('trends.tested')} value={format.number(r.tested)} testId="trends-tested" />
              <Stat label={t('trends.risingCount')} value={format.number(r.rising.length)} testId="trends-rising-count" />
              <Stat label={t('trends.newCount')} value={format.number(r.rising.filter((i) => i.emerging).length)} />
              <Stat label={t('trends.newRows')} value={format.number(r.newRows)} />
            </div>
            <h2>{t('trends.rising')}</h2>
            {r.rising.length === 0 && <p className="muted">{t('trends.none')}</p>}
            {r.rising.filter((i) => kind === 'all' || i.kind === kind).map((item) => (
              <RisingCard key={`${window}:${item.kind}:${item.key}`} item={item} window={window} days={trendPeriods(r)} />
            ))}
            <h2>{t('trends.alerts')}</h2>
            <Alerts alerts={r.alerts} />
          </>
        )}
      </Loaded>
    </section>
  );
}
