import type { CustomerReport } from '../../customers/customer-report.js';
import { AppError } from '../../domain/errors.js';
import { findMerchant } from '../../store/accounts.js';
import { customerReportFor } from '../../services/customers.js';
import type { Store } from '../../store/store.js';
import { optionalString, requireOption, type Command, type CommandArgs } from '../command.js';

/** The merchant named by --merchant, which must exist. Shared with `kaikuan markets`. */
export async function merchantFromArgs(store: Store, args: CommandArgs): Promise<string> {
  const merchantId = requireOption(args, 'merchant');
  if (!(await findMerchant(store, merchantId))) throw new AppError('not_found', `no merchant "${merchantId}"`);
  return merchantId;
}

/** Reads a positive whole-number option, or undefined when absent. */
function positiveInteger(args: CommandArgs, name: string): number | undefined {
  const raw = optionalString(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new AppError('bad_input', `--${name} must be a positive whole number`);
  return value;
}

type CustomersResult = { merchant: string; report: CustomerReport | null };

/** Whom to serve: RFM segments, lifetime value, keep / win back / let go, and the small-order trend. */
export const customersCommand: Command<CustomersResult> = {
  name: 'customers',
  summary: 'whom to serve: RFM segments, lifetime value (BG/NBD + Gamma-Gamma), keep/win back/let go, small-order trend',
  usage: 'kaikuan customers --merchant ID [--horizon WEEKS] [--top N] [--json]',
  options: { merchant: { type: 'string' }, horizon: { type: 'string' }, top: { type: 'string' } },
  async run(ctx, args) {
    const horizonWeeks = positiveInteger(args, 'horizon');
    const topBuyers = positiveInteger(args, 'top');
    const { store } = await ctx.app();
    const merchant = await merchantFromArgs(store, args);
    return { merchant, report: await customerReportFor(store, merchant, { horizonWeeks, topBuyers }) };
  },
  human({ merchant, report }) {
    if (!report) return `${merchant}: no orders yet — import orders first`;
    const money = (n: number) => `¥${n.toFixed(0)}`;
    const lines = [`${merchant}: ${report.buyers} buyers, ${report.orders} orders, as of ${report.asOf}`, '', 'RFM segments'];
    for (const s of report.segments) lines.push(`  ${s.segment.padEnd(18)} ${String(s.buyers).padStart(6)} buyers  ${money(s.totalSpend).padStart(10)}  ${s.averageDaysSince.toFixed(0)} days since last order`);
    if (report.model) {
      const { r, alpha, a, b } = report.model.bgnbd.params;
      const { p, q, v } = report.model.gammaGamma.params;
      lines.push('', `Lifetime value model (weeks): BG/NBD r=${r.toFixed(3)} α=${alpha.toFixed(3)} a=${a.toFixed(3)} b=${b.toFixed(3)}; Gamma-Gamma p=${p.toFixed(2)} q=${q.toFixed(2)} v=${v.toFixed(2)}`);
      if (report.model.spendSource === 'ownAverage') lines.push('  (spend too uneven for Gamma-Gamma, q ≤ 1: each buyer\'s own average order value is used)');
    } else {
      lines.push('', 'Lifetime value: too few repeat buyers to fit a model yet');
    }
    if (report.holdout) {
      const h = report.holdout;
      lines.push(`Holdout check (${h.horizon.toFixed(1)} weeks): predicted ${h.predictedPurchases.toFixed(0)} vs actual ${h.actualPurchases} orders; per-buyer error ${h.mae.toFixed(3)} (naive ${h.naiveMae.toFixed(3)})`);
    }
    lines.push('', `Actions over the next ${report.horizonWeeks} weeks`);
    for (const a of report.actions) lines.push(`  ${a.action.padEnd(8)} ${String(a.buyers).padStart(6)} buyers  expected ${money(a.expectedValue)}`);
    lines.push('', 'Top buyers');
    for (const b of report.topBuyers.slice(0, 10)) {
      lines.push(`  ${b.buyerId.padEnd(12)} ${b.action.padEnd(8)} ${money(b.expectedValue).padStart(8)}  churn risk ${(b.churnRisk * 100).toFixed(0)}%  ${b.segment} (R${b.rfm.recency}F${b.rfm.frequency}M${b.rfm.monetary})`);
    }
    const t = report.smallOrders;
    lines.push(
      '',
      `Small orders (≤ ${t.smallOrderUnits} units): ${(t.smallShare.before * 100).toFixed(1)}% → ${(t.smallShare.after * 100).toFixed(1)}% (p=${t.smallShare.pValue.toPrecision(2)}, ${t.direction}); customised ${(t.customisedShare.before * 100).toFixed(1)}% → ${(t.customisedShare.after * 100).toFixed(1)}%`,
    );
    return lines.join('\n');
  },
};
