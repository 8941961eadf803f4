import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api.js';
import { Loaded } from '../components/Status.js';
import { Stat } from '../components/Stat.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';
import { metricNameKeys } from '../metric-name.js';

/** A metric by what it measures, its code one tap away for the engineers who asked for it. */
function MetricName({ code }: { code: string }) {
  const t = useT();
  const keys = metricNameKeys(code);
  return (
    <>
      {t('scorecard.metricName', { capability: t(keys.capability), measure: t(keys.measure) })}
      <details className="small muted"><summary>{t('scorecard.code')}</summary>{code}</details>
    </>
  );
}

export function ScorecardPage() {
  const t = useT();
  const format = useFormat();
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const card = useApi(api.evaluation.scorecard, { query: { month } });
  return (
    <section>
      <h1>{t('scorecard.title', { month })}</h1>
      <label>
        {t('scorecard.month')}
        <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
      </label>
      <Loaded state={card}>
        {(c) => (
          <>
            <h2>{t('scorecard.scores')}</h2>
            {Object.keys(c.scores).length === 0 ? <p className="muted">{t('scorecard.noScores')}</p> : (
              <div className="table-wrap">
                <table data-testid="scores" className="cards-on-phone">
                  <thead><tr><th>{t('scorecard.metric')}</th><th>{t('scorecard.value')}</th><th>{t('scorecard.change')}</th></tr></thead>
                  <tbody>
                    {Object.entries(c.scores).map(([k, v]) => (
                      <tr key={k}>
                        <td className="card-title wrap"><MetricName code={k} /></td>
                        <td data-label={t('scorecard.value')}>{format.number(v, 3, Number.isInteger(v) ? 0 : 3)}</td>
                        <td data-label={t('scorecard.change')} className={(c.change[k] ?? 0) >= 0 ? 'good' : 'bad'}>{c.change[k] === undefined ? '—' : `${c.change[k] >= 0 ? '▲' : '▼'} ${format.number(Math.abs(c.change[k]), 3, 3)}`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h2>{t('scorecard.feedback')}</h2>
            {c.feedback.length === 0 ? <p className="muted">{t('scorecard.noFeedback')}</p> : (
              <div className="chart" data-testid="feedback-chart">
                <ResponsiveContainer width="100%" height={220}>
                  <BarChart data={c.feedback}>
                    <XAxis dataKey="capability" />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Legend />
                    <Bar dataKey="useful" name={t('scorecard.useful')} stackId="f" fill="#2b8a3e" />
                    <Bar dataKey="acted" name={t('scorecard.acted')} stackId="f" fill="#1971c2" />
                    <Bar dataKey="wrong" name={t('scorecard.wrong')} stackId="f" fill="#c92a2a" />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            )}
            <h2>{t('scorecard.usage')}</h2>
            <div className="stats">
              <Stat label={t('scorecard.activeMerchants')} value={format.number(c.usage.activeMerchants)} />
              <Stat label={t('scorecard.aiTasks')} value={format.number(c.usage.aiTasks)} testId="ai-tasks" />
              <Stat label={t('scorecard.actedOn')} value={format.number(c.usage.insightsActedOn)} testId="acted-on" />
            </div>
            <h2>{t('scorecard.weeklyActive')}</h2>
            <div className="chart">
              <ResponsiveContainer width="100%" height={200}>
                <LineChart data={c.usage.weeklyActive}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="week" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Line dataKey="merchants" stroke="#d9480f" />
                </LineChart>
              </ResponsiveContainer>
            </div>
            <h2>{t('scorecard.retention')}</h2>
            <div className="table-wrap">
              <table className="cards-on-phone">
                <thead>
                  <tr><th>{t('scorecard.cohort')}</th>{(c.usage.retention[0]?.retained ?? []).map((_, k) => <th key={k}>{t('scorecard.week', { n: k })}</th>)}</tr>
                </thead>
                <tbody>
                  {c.usage.retention.map((r) => (
                    <tr key={r.cohort}>
                      <td className="card-title">{t('scorecard.cohortOf', { cohort: r.cohort, n: format.number(r.size) })}</td>
                      {r.retained.map((x, k) => <td key={k} data-label={t('scorecard.week', { n: k })}>{format.percent(x)}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
