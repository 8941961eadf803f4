import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, type Answer } from '../api.js';
import { Loaded } from '../components/Status.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';
import { AskCampaign } from '../components/AskCampaign.js';

/** The report; null before any order or review. */
type MarketReport = NonNullable<Answer<typeof api.markets.$get>>;
const DIMENSIONS: MarketReport['rankings'][number]['dimension'][] = ['region', 'channel', 'category'];

export function MarketsPage() {
  const t = useT();
  const format = useFormat();
  const pct = (x: number) => format.percent(x);
  const report = useApi(api.markets);
  const known = (x: number | null, show: (v: number) => string) => (x === null ? t('markets.unknown') : show(x));
  // Every figure names its window: demand in the last N days, growth against the N days before.
  const head = (key: string, days: number) => t(key, { days });
  return (
    <section>
      <h1>{t('markets.title')}</h1>
      <Loaded state={report}>
        {(r) => !r ? <p className="muted">{t('markets.empty')}</p> : (
          <>
            <p className="muted">{t('markets.asOf', { date: r.asOf, days: r.windowDays })}</p>
            <p className="small">{t('markets.weights', Object.fromEntries(Object.entries(r.weights).map(([k, w]) => [k, pct(w)])))}</p>
            {DIMENSIONS.map((dimension) => {
              const rows = r.rankings.filter((x) => x.dimension === dimension);
              if (rows.length === 0) return null;
              return (
                <div key={dimension} data-testid={`markets-${dimension}`}>
                  <h2>{t(`dimension.${dimension}`)}</h2>
                  <p className="muted small">{t(rows[0].cell.demandSource === 'reviews' ? 'markets.demandFromReviews' : 'markets.demandFromSales')}</p>
                  <div className="chart">
                    <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 32)}>
                      <BarChart data={rows} layout="vertical" margin={{ left: 24 }}>
                        <XAxis type="number" domain={[0, 100]} />
                        <YAxis type="category" dataKey="key" width={80} interval={0} />
                        <Tooltip formatter={(v) => format.number(Number(v))} />
                        <Bar dataKey="score" name={t('markets.score')} fill="#d9480f" />
                      </BarChart>
                    </ResponsiveContainer>
                  </div>
                  <div className="table-wrap">
                    <table className="cards-on-phone">
                      <thead>
                        <tr>
                          <th>{t('markets.rank')}</th><th>{t('markets.key')}</th><th>{t('markets.score')}</th><th>{head('markets.demand', r.windowDays)}</th>
                          <th>{head('markets.growth', r.windowDays)}</th><th>{t('markets.share')}</th><th>{t('markets.competitors')}</th><th>{t('markets.margin')}</th>
                          <th>{t('markets.reasons')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((row) => (
                          <tr key={row.key}>
                            <td data-label={t('markets.rank')}>{row.rank}</td>
                            <td data-label={t('markets.key')} className="card-title">{row.key}</td>
                            <td data-label={t('markets.score')}>{format.number(row.score)}</td>
                            <td data-label={head('markets.demand', r.windowDays)}>{known(row.cell.demand, (v) => format.number(v))}</td>
                            <td data-label={head('markets.growth', r.windowDays)}>{known(row.cell.growth, (g) => format.signedPercent(Math.expm1(g)))}</td>
                            <td data-label={t('markets.share')}>{known(row.cell.ownShare, pct)}</td>
                            <td data-label={t('markets.competitors')}>{known(row.cell.competitors, (c) => format.number(c))}</td>
                            <td data-label={t('markets.margin')}>{known(row.cell.margin, pct)}</td>
                            <td data-label={t('markets.reasons')} className="small wide">
                              {row.strengths.map((f) => <span key={f} className="badge good">{t('markets.strength', { factor: t(`factor.${f}`) })}</span>)}{' '}
                              {row.weaknesses.map((f) => <span key={f} className="badge bad">{t('markets.weakness', { factor: t(`factor.${f}`) })}</span>)}
                              {dimension !== 'category' && <AskCampaign dimension={dimension} market={row.key} />}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              );
            })}
          </>
        )}
      </Loaded>
    </section>
  );
}
