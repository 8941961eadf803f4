import { useState } from 'react';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { answerOf, api, type Answer } from '../api.js';
import { useFormat, useT } from '../i18n.js';

type AskResult = Answer<typeof api.ask.$post>;
type Answered = Extract<AskResult, { status: 'answered' }>['answer'];

const EXAMPLES = ['上个月哪个款最赚钱？', '退货最多的是哪个款，为什么？', '浙江的买家买什么？'];
const MONEY = new Set(['revenue', 'grossProfit', 'refunds', 'averageOrderValue']);

/** The query it ran, in plain words: measure, split, filters and months. */
function QueryWords({ answer: a, source }: { answer: Answered; source: 'rules' | 'model' }) {
  const t = useT();
  const q = a.query;
  const filters = Object.entries(q.filters).map(([k, v]) => t(`ask.filter.${k}`, { value: String(v) })).join('、');
  return (
    <p className="small muted" data-testid="ask-query">
      {t('ask.ran', {
        measure: t(`ask.measure.${q.measure}`),
        by: q.dimensions[0] ? t('ask.by', { dimension: t(`ask.dimension.${q.dimensions[0]}`) }) : '',
        filters: filters ? t('ask.where', { filters }) : '',
        from: a.from, to: a.to,
        order: q.dimensions[0] && q.dimensions[0] !== 'month' ? t(`ask.order.${q.order}`, { limit: q.limit }) : '',
      })}{source === 'model' && ` ${t('ask.source.model')}`}
    </p>
  );
}

function AnswerView({ answer: a }: { answer: Answered }) {
  const t = useT();
  const format = useFormat();
  const show = (v: number) => (MONEY.has(a.query.measure) ? format.yuan(v) : format.number(v));
  if (a.shape === 'number') return <p className="stat-value" data-testid="ask-number">{show(a.total)}</p>;
  if (a.rows.length === 0) return <p className="muted" data-testid="ask-empty">{t('ask.none')}</p>;
  if (a.shape === 'chart') {
    return (
      <div className="chart" data-testid="ask-chart">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={a.rows.map((r) => ({ month: r.key.slice(2), value: r.value }))}>
            <XAxis dataKey="month" interval="preserveStartEnd" />
            <YAxis tickFormatter={(v) => format.compact(Number(v))} width={48} />
            <Tooltip formatter={(v) => show(Number(v))} />
            <Bar dataKey="value" name={t(`ask.measure.${a.query.measure}`)} fill="#d9480f" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    );
  }
  return (
    <>
      <ol className="small" data-testid="ask-table">
        {a.rows.map((r) => <li key={r.key}><strong>{r.key}</strong>：{show(r.value)}</li>)}
      </ol>
      {a.reasons.length > 0 && (
        <p className="small" data-testid="ask-reasons">{t('ask.reasons', { product: a.rows[0].key, reasons: a.reasons.map((r) => `${r.reason}（${format.number(r.orders)}）`).join('、') })}</p>
      )}
      {a.uncostedProducts.length > 0 && <p className="small muted">{t('ask.uncosted', { products: a.uncostedProducts.join('、') })}</p>}
    </>
  );
}

/** "Ask in Chinese": a question about the shop's own numbers, answered with a number, a short table or a chart. */
export function AskBox() {
  const t = useT();
  const [question, setQuestion] = useState('');
  const [result, setResult] = useState<AskResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ask = async (text: string) => {
    if (!text.trim()) return;
    setQuestion(text);
    setBusy(true);
    setError(undefined);
    try {
      setResult(await answerOf(api.ask.$post({ json: { question: text } })));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const suggestions = (list: readonly string[]) => (
    <div className="row">{list.map((q) => <button key={q} className="secondary small" onClick={() => ask(q)}>{q}</button>)}</div>
  );
  return (
    <div className="card" data-testid="ask-box">
      <form className="row" onSubmit={(e) => { e.preventDefault(); void ask(question); }}>
        <input aria-label={t('ask.label')} placeholder={t('ask.placeholder')} value={question} maxLength={200}
          onChange={(e) => setQuestion(e.target.value)} data-testid="ask-input" style={{ flex: 1, minWidth: 0 }} />
        <button type="submit" disabled={busy} data-testid="ask-submit">{t('ask.submit')}</button>
      </form>
      {!result && suggestions(EXAMPLES)}
      {error && <p className="error" role="alert">{error}</p>}
      {result?.status === 'answered' && (<><QueryWords answer={result.answer} source={result.source} /><AnswerView answer={result.answer} /></>)}
      {result?.status === 'noData' && <p className="muted" data-testid="ask-empty">{t('ask.noData')}</p>}
      {result?.status === 'unknown' && (<><p data-testid="ask-unknown">{t('ask.unknown')}</p>{suggestions(result.suggestions)}</>)}
      {result?.status === 'refused' && (<><p data-testid="ask-refused">{t('ask.refused')}</p>{suggestions(result.suggestions)}</>)}
    </div>
  );
}
