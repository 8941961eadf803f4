import { type FormEvent, useEffect, useState } from 'react';
import { Bar, BarChart, Cell, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { answerOf, api, ApiError, type Answer } from '../api.js';
import { ErrorBox } from '../components/Status.js';
import { Stat } from '../components/Stat.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';
import { conceptTestOf, readChainLink, type ChainOrigin } from '../chain.js';
import { Link } from 'react-router-dom';

/** The simulation plus the seasons a history-based demand was drawn from. */
type LaunchRisk = Answer<typeof api.selection.launch.$post>;

type DemandMode = 'range' | 'normal' | 'fixed' | 'similar';

/** A Taizhou storage-box mould as the starting example, so the page shows an answer on first tap. */
const EXAMPLE: Record<string, string> = {
  mouldCost: '300000', leadTimeDays: '45', minimumOrder: '5000', firstOrder: '20000', unitCost: '12', price: '49',
  channelFeeRate: '8', channelFeePerUnit: '5', salvageValue: '0', sellingWeeks: '26',
  low: '6000', likely: '15000', high: '30000', mean: '16000', sd: '6000', units: '16000', category: '',
  elasticity: '', testCost: '', testDays: '14',
};

/** Numbers are short: two per row keeps the whole plan on about one phone screen. */
const PHONE_PAIRS = { gridTemplateColumns: '1fr 1fr', alignItems: 'end' } as const;

const MONEY_FIELDS = ['mouldCost', 'unitCost', 'price', 'channelFeePerUnit', 'salvageValue'] as const;
const COUNT_FIELDS = ['leadTimeDays', 'minimumOrder', 'firstOrder', 'sellingWeeks'] as const;

function demandOf(mode: DemandMode, f: Record<string, string>) {
  switch (mode) {
    case 'range': return { kind: 'range', low: +f.low, likely: +f.likely, high: +f.high };
    case 'normal': return { kind: 'normal', mean: +f.mean, sd: +f.sd };
    case 'fixed': return { kind: 'fixed', units: +f.units };
    case 'similar': return { kind: 'similar', category: f.category };
  }
}

function planOf(mode: DemandMode, f: Record<string, string>, restock: boolean) {
  return {
    mouldCost: +f.mouldCost, leadTimeDays: +f.leadTimeDays, minimumOrder: +f.minimumOrder,
    firstOrder: f.firstOrder ? +f.firstOrder : undefined, unitCost: +f.unitCost, price: +f.price,
    channelFeeRate: +f.channelFeeRate / 100, channelFeePerUnit: +f.channelFeePerUnit, salvageValue: +f.salvageValue,
    restock, sellingWeeks: +f.sellingWeeks, demand: demandOf(mode, f),
    elasticity: f.elasticity ? { elasticity: +f.elasticity, referencePrice: +f.price } : undefined,
    testFirst: f.testCost ? { cost: +f.testCost, days: +f.testDays } : undefined,
    startDate: new Date().toISOString().slice(0, 10),
  };
}

type SavedPlan = Answer<typeof api.selection.launch.plans.$get>[number];

/** The form's text fields from a saved plan (fee as a percentage, optional parts blank when absent). */
function fieldsOf(plan: SavedPlan['plan']): Record<string, string> {
  const d: Record<string, unknown> = plan.demand;
  const text = (x: unknown) => (x === undefined || x === null ? '' : String(x));
  return {
    ...EXAMPLE,
    ...Object.fromEntries([...MONEY_FIELDS, ...COUNT_FIELDS].map((k) => [k, text(plan[k])])),
    channelFeeRate: text(plan.channelFeeRate === undefined ? undefined : plan.channelFeeRate * 100),
    ...Object.fromEntries(['low', 'likely', 'high', 'mean', 'sd', 'units', 'category'].filter((k) => k in d).map((k) => [k, text(d[k])])),
    elasticity: text(plan.elasticity?.elasticity),
    testCost: text(plan.testFirst?.cost),
    testDays: text(plan.testFirst?.days ?? EXAMPLE.testDays),
  };
}

/** Opened from an idea: its price and cost, and demand from the merchant's own similar products in its category. */
function initialFromLink(): { fields: Record<string, string>; mode: DemandMode; origin: ChainOrigin | null } {
  const { values, origin } = readChainLink(window.location.search);
  const category = values.get('category');
  if (!category) return { fields: EXAMPLE, mode: 'range', origin };
  const fields = { ...EXAMPLE, category, price: values.get('price') ?? EXAMPLE.price, unitCost: values.get('unitCost') ?? EXAMPLE.unitCost };
  return { fields, mode: 'similar', origin };
}

export function LaunchPage() {
  const t = useT();
  const format = useFormat();
  const [initial] = useState(initialFromLink);
  const [fields, setFields] = useState(initial.fields);
  const [mode, setMode] = useState<DemandMode>(initial.mode);
  // Opened from an idea: whether the shop has sold anything of its own in the category (a first week at least), known
  // before the first tap. With none, the owner's estimate is the only demand; with some, a season too long is hers to shorten.
  const similar = useApi(initial.mode === 'similar' ? api.selection.launch.similar : null, {
    query: { category: initial.fields.category, sellingWeeks: '1' },
  });
  const noOwnSales = similar.data?.seasons === 0;
  useEffect(() => {
    if (noOwnSales) setMode((m) => (m === 'similar' ? 'range' : m));
  }, [noOwnSales]);
  const savedPlans = useApi(api.selection.launch.plans);
  const [restock, setRestock] = useState(false);
  const [result, setResult] = useState<LaunchRisk>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const field = (key: string, inputMode: 'decimal' | 'numeric' = 'decimal') => (
    <label key={key}>
      {t(`launch.${key}`)}
      <input
        name={key}
        inputMode={inputMode}
        value={fields[key]}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
      />
    </label>
  );

  const run = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      setResult(await answerOf(api.selection.launch.$post({ json: { plan: planOf(mode, fields, restock) } })));
    } catch (err) {
      // The server's message names the category in English; the owner needs to know what to change.
      const noHistory = err instanceof ApiError && err.code === 'not_found' && mode === 'similar';
      setError(noHistory ? new Error(t('launch.noSimilar', { category: fields.category, weeks: fields.sellingWeeks })) : (err as Error));
      setResult(undefined);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    const name = window.prompt(t('launch.saveName'));
    if (!name) return;
    await answerOf(api.selection.launch.plans.$post({ json: { name, plan: planOf(mode, fields, restock) } })).then(
      () => {
        setSaved(true);
        void savedPlans.reload();
      },
      (err) => setError(err),
    );
  };

  const open = (id: string) => {
    const chosen = savedPlans.data?.find((p) => p.id === id);
    if (!chosen) return;
    setFields(fieldsOf(chosen.plan));
    setMode(chosen.plan.demand.kind as DemandMode);
    setRestock(Boolean(chosen.plan.restock));
    setResult(undefined);
  };

  return (
    <section>
      <h1>{t('launch.title')}</h1>
      {initial.origin ? <p className="chain-origin" data-testid="chain-origin">{t(initial.origin.from === 'product' ? 'chain.fromProduct' : 'chain.fromIdea', { name: initial.origin.name })}</p>
        : <p className="muted">{t('launch.intro')}</p>}
      {noOwnSales && <p className="muted" data-testid="launch-no-own-sales">{t('launch.noOwnSales', { category: initial.fields.category })}</p>}
      {savedPlans.data && savedPlans.data.length > 0 && (
        <label>
          {t('launch.openSaved')}
          <select name="saved-plan" defaultValue="" onChange={(e) => open(e.target.value)}>
            <option value="">—</option>
            {savedPlans.data.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
      )}
      <form onSubmit={run} className="card">
        <div className="grid2" style={PHONE_PAIRS}>
          {MONEY_FIELDS.map((k) => field(k))}
          {COUNT_FIELDS.map((k) => field(k, 'numeric'))}
          {field('channelFeeRate')}
        </div>
        <label>
          {t('launch.demandMode')}
          <select name="demandMode" value={mode} onChange={(e) => setMode(e.target.value as DemandMode)}>
            {(['range', 'normal', 'fixed', 'similar'] as const).map((m) => <option key={m} value={m}>{t(`launch.demand.${m}`)}</option>)}
          </select>
        </label>
        <div className="grid2" style={PHONE_PAIRS}>
          {mode === 'range' && ['low', 'likely', 'high'].map((k) => field(k, 'numeric'))}
          {mode === 'normal' && ['mean', 'sd'].map((k) => field(k, 'numeric'))}
          {mode === 'fixed' && field('units', 'numeric')}
          {mode === 'similar' && (
            <label>
              {t('launch.category')}
              <input name="category" value={fields.category} onChange={(e) => setFields({ ...fields, category: e.target.value })} />
            </label>
          )}
        </div>
        <label className="row">
          <input type="checkbox" style={{ width: 'auto', minHeight: 0 }} checked={restock} onChange={(e) => setRestock(e.target.checked)} />
          {t('launch.restock')}
        </label>
        <details>
          <summary>{t('launch.more')}</summary>
          <div className="grid2" style={PHONE_PAIRS}>
            {field('elasticity')}
            {field('testCost')}
            {field('testDays', 'numeric')}
          </div>
        </details>
        <div className="row" style={{ marginTop: '0.75rem' }}>
          <button type="submit" disabled={busy} data-testid="launch-run">{t('launch.run')}</button>
          {result && <button type="button" className="secondary" onClick={save}>{saved ? t('launch.saved') : t('launch.save')}</button>}
        </div>
      </form>
      {error && <ErrorBox error={error} />}
      {result && (
        <div data-testid="launch-result">
          {initial.origin && <Link className="next-step" to={conceptTestOf(initial.origin.name)} data-testid="launch-to-concept">{t('chain.toConcept')}</Link>}
          <div className="stats">
            <Stat label={t('launch.expectedProfit')} value={format.yuan(result.expectedProfit)} testId="expected-profit" />
            <Stat label={t('launch.chanceOfLoss')} value={format.percent(result.chanceOfLoss, 1)} testId="chance-of-loss" />
            <Stat label={t('launch.breakEven')} value={result.breakEvenUnits === null ? t('launch.never') : format.number(Math.ceil(result.breakEvenUnits))} />
            <Stat label={t('launch.payback')} value={result.paybackDate ?? t('launch.notInSeason')} />
          </div>
          {result.noPayback && (
            <p className="card bad" data-testid="no-payback">
              {result.noPayback.cause === 'unitLoss'
                ? t('launch.cause.unitLoss', { net: format.yuan(result.netPerUnit, 2), cost: format.yuan(Number(fields.unitCost), 2) })
                : t('launch.cause.firstBatch', { needed: format.number(result.noPayback.firstOrderNeeded) })}
            </p>
          )}
          <p className="muted small">
            {t('launch.range', { p5: format.yuan(result.profitPercentiles.p5), p50: format.yuan(result.profitPercentiles.p50), p95: format.yuan(result.profitPercentiles.p95) })}
            {' · '}
            {t('launch.units', { sold: format.number(result.expectedUnitsSold), left: format.number(result.expectedUnsoldUnits) })}
            {' · '}
            {t('launch.paybackChance', { chance: format.percent(result.chanceOfPayback, 1), weeks: result.breakEvenWeeks.p50 === null ? '—' : format.number(result.breakEvenWeeks.p50, 1) })}
          </p>
          {result.seasons && (
            <p className="muted small" data-testid="similar-seasons">
              {t('launch.seasonsUsed', { count: result.seasons.length, units: result.seasons.map((u) => format.number(u)).join('、') })}
            </p>
          )}
          <h2>{t('launch.chart')}</h2>
          <div className="chart" data-testid="profit-chart">
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={result.profitChart.map((b) => ({ ...b, mid: (b.from + b.to) / 2 }))}>
                {/* 30万 / 300K: axis ticks stay short on a phone in either language. */}
                <XAxis dataKey="mid" tickFormatter={format.compact} minTickGap={20} />
                <YAxis hide />
                <Tooltip formatter={(v) => [format.number(Number(v)), t('launch.seasons')]} labelFormatter={(v) => format.yuan(Number(v))} />
                <Bar dataKey="count" isAnimationActive={false}>
                  {result.profitChart.map((b) => <Cell key={b.from} fill={(b.from + b.to) / 2 < 0 ? '#c92a2a' : '#2b8a3e'} />)}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
            <p className="muted small">{t('launch.chartNote', { draws: format.number(result.draws) })}</p>
          </div>
          {result.testFirst && (
            <div className="card" data-testid="test-first">
              <strong>{t(`launch.advice.${result.testFirst.advice}`)}</strong>
              <p>
                {t(result.testFirst.valueOfTesting >= 0 ? 'launch.testValue' : 'launch.testCosts', {
                  value: format.yuan(Math.abs(result.testFirst.valueOfTesting)),
                  perfect: format.yuan(result.testFirst.valueOfPerfectInformation),
                })}
              </p>
              {result.testFirst.launchWhenTestShowsUnits !== null && (
                <p className="muted">{t('launch.threshold', { units: format.number(result.testFirst.launchWhenTestShowsUnits) })}</p>
              )}
            </div>
          )}
          {result.priceCurve && (
            <>
              <h2>{t('launch.priceCurve')}</h2>
              <div className="chart">
                <ResponsiveContainer width="100%" height={200}>
                  <LineChart data={result.priceCurve}>
                    <XAxis dataKey="price" tickFormatter={(v: number) => format.yuan(v)} />
                    <YAxis tickFormatter={format.compact} width={48} />
                    <ReferenceLine y={0} stroke="#6a737d" />
                    <Tooltip formatter={(v) => format.yuan(Number(v))} labelFormatter={(v) => format.yuan(Number(v))} />
                    <Line dataKey="expectedProfit" stroke="#d9480f" dot={false} isAnimationActive={false} />
                  </LineChart>
                </ResponsiveContainer>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
