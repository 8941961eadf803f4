import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api.js';
import { AskBox } from '../components/AskBox.js';
import { AdviceList } from '../components/profit/AdviceList.js';
import { ProductCards } from '../components/profit/ProductCards.js';
import { ProfitDrivers } from '../components/profit/ProfitDrivers.js';
import { MissingCostsForm, ProfitSettingsForm } from '../components/profit/ProfitForms.js';
import { Stat } from '../components/Stat.js';
import { Loaded } from '../components/Status.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';

/** 经营分析: which products make money, what drives it, and what to do next. */
export function ProfitPage() {
  const t = useT();
  const format = useFormat();
  const report = useApi(api.profit);
  return (
    <section>
      <h1>{t('profit.title')}</h1>
      <AskBox />
      <Loaded state={report}>
        {(r) => !r ? <p className="muted">{t('profit.empty')}</p> : (
          <>
            <p className="muted small" data-testid="profit-window">{t('profit.window', { from: r.months[0], to: r.months[r.months.length - 1] })}</p>
            <div className="stats">
              <Stat label={t('profit.revenue')} value={format.yuan(r.shop.revenue)} testId="profit-revenue" />
              <Stat label={t('profit.grossProfit')} value={format.yuan(r.shop.grossProfit)} testId="profit-gross" />
              <Stat label={t('profit.margin')} value={r.shop.margin === null ? t('profit.unknown') : format.percent(r.shop.margin, 1)} />
              <Stat label={t('profit.refunds')} value={format.yuan(r.shop.refunds)} />
            </div>
            <p className="small muted">{t('profit.shopMarginBase', { base: format.yuan(r.shop.costedRevenue), missing: format.yuan(r.shop.uncostedRevenue) })}</p>
            {!r.settings.entered && <p className="card small" data-testid="settings-not-entered">{t('profit.settingsNotEntered')}</p>}
            <MissingCostsForm missing={r.missingCosts} saved={report.reload} />
            <AdviceList advice={r.advice} />

            <h2>{t('profit.chart')}</h2>
            <div className="chart">
              <ResponsiveContainer width="100%" height={220}>
                <BarChart data={r.shop.months.map((m) => ({ month: m.month.slice(2), revenue: m.revenue, profit: m.grossProfit ?? 0 }))}>
                  <XAxis dataKey="month" interval="preserveStartEnd" />
                  <YAxis tickFormatter={(v) => format.compact(Number(v))} width={48} />
                  <Tooltip formatter={(v) => format.yuan(Number(v))} />
                  <Legend />
                  <Bar dataKey="revenue" name={t('profit.revenue')} fill="#ffc078" />
                  <Bar dataKey="profit" name={t('profit.grossProfit')} fill="#d9480f" />
                </BarChart>
              </ResponsiveContainer>
            </div>

            <h2>{t('profit.products')}</h2>
            <p className="small muted">{t('profit.productsBase')}</p>
            <ProductCards products={r.products} />
            <ProfitDrivers report={r} />
            <ProfitSettingsForm settings={r.settings} saved={report.reload} />
          </>
        )}
      </Loaded>
    </section>
  );
}
