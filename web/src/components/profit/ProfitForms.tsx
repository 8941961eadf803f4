import { useState } from 'react';
import { answerOf, api } from '../../api.js';
import { useFormat, useT } from '../../i18n.js';
import type { ProfitReport } from './types.js';

/** Asks for the unit costs the products import left out; never fills one in itself. */
export function MissingCostsForm({ missing, saved }: { missing: ProfitReport['missingCosts']; saved: () => void }) {
  const t = useT();
  const format = useFormat();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  if (missing.length === 0) return null;
  const save = async (productId: string) => {
    setError(undefined);
    try {
      await answerOf(api.profit.costs[':productId'].$put({ param: { productId }, json: { unitCost: Number(draft[productId]) } }));
      saved();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="card" id="missing-costs" data-testid="missing-costs">
      <h2>{t('profit.missingCosts')}</h2>
      <p className="small muted">{t('profit.missingCostsHint')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      {missing.map((p) => (
        <div key={p.productId} className="row">
          <label>
            {p.name}（<span translate="no">{p.sku}</span>，{t('profit.revenue')} {format.yuan(p.revenue)}）
            <input type="number" inputMode="decimal" min={0} step="0.01" placeholder={t('profit.unitCost')} value={draft[p.productId] ?? ''}
              data-testid={`cost-${p.productId}`} onChange={(e) => setDraft({ ...draft, [p.productId]: e.target.value })} />
          </label>
          <button disabled={!draft[p.productId]} onClick={() => save(p.productId)} data-testid={`cost-save-${p.productId}`}>{t('profit.save')}</button>
        </div>
      ))}
    </div>
  );
}

const PERCENT_FIELDS = ['platformFeeRate', 'salesLostPerStar'] as const;
const FIELDS = ['platformFeeRate', 'shippingPerOrder', 'salesLostPerStar'] as const;

/** The owner's platform fee, shipping per order and sales lost per star; shares are entered as percentages. */
export function ProfitSettingsForm({ settings, saved }: { settings: ProfitReport['settings']; saved: () => void }) {
  const t = useT();
  const shown = (key: (typeof FIELDS)[number]) => String((PERCENT_FIELDS as readonly string[]).includes(key) ? Math.round(settings[key] * 10_000) / 100 : settings[key]);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const value = (key: (typeof FIELDS)[number]) => draft[key] ?? shown(key);
  const save = async () => {
    setError(undefined);
    const json = Object.fromEntries(FIELDS.map((k) => [k, Number(value(k)) / ((PERCENT_FIELDS as readonly string[]).includes(k) ? 100 : 1)]));
    try {
      await answerOf(api.profit.settings.$put({ json }));
      setDraft({});
      saved();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <details className="card" id="profit-settings" data-testid="profit-settings" open={!settings.entered}>
      <summary>{t('profit.settings')}</summary>
      <p className="small muted">{t('profit.settingsHint')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="grid2">
        {FIELDS.map((key) => (
          <label key={key}>
            {t(`profit.${key}`)}
            <input type="number" inputMode="decimal" min={0} step="0.01" value={value(key)} data-testid={`setting-${key}`}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
          </label>
        ))}
      </div>
      <button onClick={save} data-testid="settings-save">{t('profit.save')}</button>
    </details>
  );
}
