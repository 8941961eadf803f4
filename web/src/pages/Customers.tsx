import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, type Answer } from '../api.js';
import { Loaded } from '../components/Status.js';
import { Confidence } from '../components/Confidence.js';
import { Stat } from '../components/Stat.js';
import { WinBackActions } from '../components/WinBackActions.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';

// Twenty rows fit a phone screen or two; the CLI and API give the full list.
const TOP_BUYERS = 20;
// Buyers to win back rank low on expected value, so they are looked for in the API's longest list, as the home card does.
const LISTED = 1000;
// The five biggest past spenders slipping away: as many as an owner follows up in a day.
const WIN_BACK_SHOWN = 5;
/** The report; null before any order. */
type CustomerReport = NonNullable<Answer<typeof api.customers.$get>>;
type TopBuyer = CustomerReport['topBuyers'][number];
/** Badge colours with white text at 4.5:1 or more (WCAG AA). */
const ACTION_COLOURS: Record<TopBuyer['action'], string> = { keep: '#237032', winBack: '#c2410c', letGo: '#5f676f' };
const BAND_COLOURS = ['#ffe8cc', '#ffc078', '#ff922b', '#e8590c', '#c2255c', '#5f3dc4'];

/** RFM scores run 1-5 by quintile: 4-5 is the top two fifths of the shop's buyers, 1-2 the bottom two. */
const HIGH_SCORE = 4;
const LOW_SCORE = 2;

/** The buyer's three scores as words an owner says (常买、最近买过、花得多) instead of "R5 F5 M5". */
function rfmWords(rfm: { recency: number; frequency: number; monetary: number }): string[] {
  const word = (score: number, high: string, middle: string, low: string) => (score >= HIGH_SCORE ? high : score <= LOW_SCORE ? low : middle);
  return [
    word(rfm.frequency, 'rfm.often', 'rfm.sometimes', 'rfm.rarely'),
    word(rfm.recency, 'rfm.recent', 'rfm.aWhile', 'rfm.longAgo'),
    word(rfm.monetary, 'rfm.bigSpender', 'rfm.midSpender', 'rfm.smallSpender'),
  ];
}

export function CustomersPage() {
  const t = useT();
  const format = useFormat();
  const report = useApi(api.customers, { query: { top: String(LISTED) } });
  const rfmText = (rfm: TopBuyer['rfm']) => {
    const [recency, frequency, monetary] = rfm.reasons;
    return t('customers.rfmFacts', {
      days: format.number(recency.value), orders: format.number(frequency.value), spend: format.number(monetary.value),
      words: rfmWords(rfm).map((key) => t(key)).join('、'), beats: format.percent(monetary.beats),
    });
  };
  const reasonText = (r: TopBuyer['reasons'][number]) =>
    'churnRisk' in r ? t(`reason.${r.code}`, { risk: format.percent(r.churnRisk) })
      : t(`reason.${r.code}`, { value: format.number('expectedValue' in r ? r.expectedValue : r.pastSpend), median: format.number(r.median) });
  return (
    <section>
      <h1>{t('customers.title')}</h1>
      <Loaded state={report}>
        {(r) => !r ? <p className="muted">{t('customers.empty')}</p> : (
          <>
            <p className="muted">{t('customers.asOf', { date: r.asOf })}</p>
            <div className="stats">
              <Stat label={t('customers.buyers')} value={format.number(r.buyers)} testId="customers-buyers" />
              <Stat label={t('customers.orders')} value={format.number(r.orders)} />
              <Stat label={t('customers.expectedValue', { weeks: r.horizonWeeks })} value={format.yuan(r.actions.reduce((s, a) => s + a.expectedValue, 0))} />
            </div>

            <h2>{t('customers.actions')}</h2>
            <div className="stats" data-testid="customer-actions">
              {r.actions.map((a) => (
                <Stat key={a.action} label={t('customers.actionStat', { action: t(`action.${a.action}`), value: format.number(a.expectedValue) })} value={format.number(a.buyers)} />
              ))}
            </div>

            <h2>{t('customers.segments')}</h2>
            <div className="chart" data-testid="segments-chart">
              <ResponsiveContainer width="100%" height={Math.max(160, r.segments.length * 30)}>
                <BarChart data={r.segments.map((s) => ({ ...s, name: t(`segment.${s.segment}`) }))} layout="vertical" margin={{ left: 24 }}>
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="name" width={110} interval={0} />
                  <Tooltip formatter={(v) => format.number(Number(v))} />
                  <Bar dataKey="buyers" name={t('customers.segmentBuyers')} fill="#d9480f" />
                </BarChart>
              </ResponsiveContainer>
            </div>

            <div className="table-wrap">
              <table data-testid="segments" className="cards-on-phone">
                <tbody>
                  {r.segments.map((s) => (
                    <tr key={s.segment}>
                      <td className="card-title">{t(`segment.${s.segment}`)}</td>
                      <td className="small muted wrap">{t(`segmentWhy.${s.segment}`)}</td>
                      <td className="small wrap">{t('customers.segmentFacts', { buyers: format.number(s.buyers), days: format.number(s.averageDaysSince) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <h2>{t('customers.model')}</h2>
            {!r.model ? <p className="muted">{t('customers.noModel')}</p> : (
              <>
                <p className="small">{t('customers.modelPlain')}</p>
                <details className="small muted" data-testid="model-params">
                  <summary>{t('customers.modelDetail')}</summary>
                  {t('customers.modelParams', {
                    ...Object.fromEntries(Object.entries(r.model.bgnbd.params).map(([k, v]) => [k, v.toPrecision(4)])),
                    ...Object.fromEntries(Object.entries(r.model.gammaGamma.params).map(([k, v]) => [k, v.toPrecision(4)])),
                  })}
                </details>
                {r.model.spendSource === 'ownAverage' && <p className="muted small">{t('customers.ownAverage')}</p>}
              </>
            )}
            {r.forecast.length > 0 && (
              <>
                <h2>{t('customers.forecast', { weeks: r.horizonWeeks })}</h2>
                <div className="chart" data-testid="forecast-chart">
                  <ResponsiveContainer width="100%" height={220}>
                    <LineChart data={r.forecast}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="time" tickFormatter={(w) => t('customers.week', { n: Math.round(Number(w)) })} />
                      {/* Axis ticks in millions of yuan do not fit a phone: 1400万 / 14M instead. */}
                      <YAxis yAxisId="value" tickFormatter={(v) => format.compact(Number(v))} width={56} />
                      <YAxis yAxisId="orders" orientation="right" tickFormatter={(v) => format.compact(Number(v))} width={44} />
                      <Tooltip formatter={(v) => format.number(Number(v))} labelFormatter={(w) => t('customers.week', { n: Math.round(Number(w)) })} />
                      <Legend verticalAlign="top" />
                      <Line yAxisId="value" dataKey="value" name={t('customers.forecastValue')} stroke="#d9480f" dot={false} />
                      <Line yAxisId="orders" dataKey="purchases" name={t('customers.forecastOrders')} stroke="#495057" dot={false} />
                    </LineChart>
                  </ResponsiveContainer>
                </div>
              </>
            )}
            {r.holdout && (
              <>
                <h2>{t('customers.holdout', { weeks: format.number(r.holdout.horizon) })}</h2>
                <p className="small" data-testid="holdout-summary">
                  {t('customers.holdoutSummary', { predicted: format.number(r.holdout.predictedPurchases), actual: format.number(r.holdout.actualPurchases) })}
                </p>
                {/* The forecast is worth trusting when it misses each buyer by less than simply repeating their past rate. */}
                <Confidence sure={r.holdout.mae < r.holdout.naiveMae}>
                  {t('customers.holdoutError', { mae: format.number(r.holdout.mae, 2, 2), naive: format.number(r.holdout.naiveMae, 2, 2) })}
                </Confidence>
                <div className="chart">
                  <ResponsiveContainer width="100%" height={220}>
                    <BarChart data={r.holdout.byRepeatPurchases.map((b, i, all) => ({ ...b, x: i === all.length - 1 ? `${b.repeatPurchases}+` : String(b.repeatPurchases) }))}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="x" label={{ value: t('customers.holdoutX'), position: 'insideBottom', offset: -2 }} height={40} />
                      <YAxis />
                      <Tooltip formatter={(v) => format.number(Number(v), 2, 2)} />
                      <Legend verticalAlign="top" />
                      <Bar dataKey="actualMean" name={t('customers.actual')} fill="#495057" />
                      <Bar dataKey="predictedMean" name={t('customers.predicted')} fill="#d9480f" />
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              </>
            )}

            <h2>{t('customers.topBuyers')}</h2>
            <div className="table-wrap">
              <table data-testid="top-buyers" className="cards-on-phone">
                <thead>
                  <tr>
                    <th>{t('customers.buyer')}</th><th>{t('customers.action')}</th><th>{t('customers.value', { weeks: r.horizonWeeks })}</th>
                    <th>{t('customers.churnRisk')}</th><th>{t('customers.segment')}</th><th>{t('customers.why')}</th>
                  </tr>
                </thead>
                {r.topBuyers.slice(0, TOP_BUYERS).map((b) => (
                  <tbody key={b.buyerId} data-testid="top-buyer">
                    <tr>
                      <td className="card-title" translate="no">{b.buyerId}</td>
                      <td data-label={t('customers.action')}><span className="badge" style={{ background: ACTION_COLOURS[b.action], color: '#fff' }}>{t(`action.${b.action}`)}</span></td>
                      <td data-label={t('customers.value', { weeks: r.horizonWeeks })}>{format.yuan(b.expectedValue)}</td>
                      <td data-label={t('customers.churnRisk')}>{format.percent(b.churnRisk)}</td>
                      <td data-label={t('customers.segment')}>{t(`segment.${b.segment}`)}</td>
                      <td data-label={t('customers.why')} className="small muted wide wrap">
                        {[rfmText(b.rfm), ...b.reasons.map(reasonText)].join('；')}
                      </td>
                    </tr>
                  </tbody>
                ))}
              </table>
            </div>

            <h2>{t('customers.winBack')}</h2>
            {r.topBuyers.filter((b) => b.action === 'winBack').length === 0 && <p className="muted">{t('home.winBack.none')}</p>}
            {r.topBuyers.filter((b) => b.action === 'winBack').sort((a, b) => b.pastSpend - a.pastSpend).slice(0, WIN_BACK_SHOWN).map((b) => (
              <div key={b.buyerId} className="card" data-testid="win-back-buyer">
                <strong translate="no">{b.buyerId}</strong>
                <p className="small">{rfmText(b.rfm)}</p>
                <WinBackActions buyerId={b.buyerId} pastSpend={b.pastSpend} orders={b.rfm.reasons[1].value} />
              </div>
            ))}

            <h2>{t('customers.smallOrders')}</h2>
            <p data-testid="small-orders-summary">
              {t('customers.smallOrdersSummary', {
                units: r.smallOrders.smallOrderUnits,
                before: format.percent(r.smallOrders.smallShare.before), after: format.percent(r.smallOrders.smallShare.after),
                customBefore: format.percent(r.smallOrders.customisedShare.before), customAfter: format.percent(r.smallOrders.customisedShare.after),
              })}{' '}
              <strong>{t(`trend.${r.smallOrders.direction}`)}</strong>
            </p>
            <div className="grid2">
              <div className="chart">
                <ResponsiveContainer width="100%" height={220}>
                  <LineChart data={r.smallOrders.months}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="month" />
                    <YAxis tickFormatter={(v: number) => format.percent(v)} domain={[0, 1]} />
                    <Tooltip formatter={(v) => format.percent(Number(v))} />
                    <Legend verticalAlign="top" />
                    <Line dataKey="smallShare" name={t('customers.smallShare')} stroke="#d9480f" />
                    <Line dataKey="customisedShare" name={t('customers.customisedShare')} stroke="#5f3dc4" />
                  </LineChart>
                </ResponsiveContainer>
              </div>
              <div className="chart">
                <p className="small muted">{t('customers.sizeBands')}</p>
                <ResponsiveContainer width="100%" height={220}>
                  <BarChart data={r.smallOrders.months.map((m) => ({ month: m.month, ...Object.fromEntries(m.sizeBands.map((c, i) => [`b${i}`, c])) }))}>
                    <XAxis dataKey="month" />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Legend verticalAlign="top" />
                    {BAND_COLOURS.map((colour, i) => <Bar key={i} dataKey={`b${i}`} stackId="bands" name={t(`band.${i}`)} fill={colour} />)}
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
