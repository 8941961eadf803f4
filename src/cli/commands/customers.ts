import type { CustomerReport } from '../../customers/customer-report.js';
import { AppError } from '../../domain/errors.js';
import { findMerchant } from '../../store/accounts.js';
import { customerReportFor } from '../../services/customers.js';
import type { Store } from '../../store/store.js';
import { optionalString, requireOption, type Command, type CommandArgs } from '../command.js';
import { say, term } from '../say.js';
import { padColumns } from '../columns.js';

/** The merchant named by --merchant, which must exist. Shared with `kaikuan markets`. */
export async function merchantFromArgs(store: Store, args: CommandArgs): Promise<string> {
  const merchantId = requireOption(args, 'merchant');
  if (!(await findMerchant(store, merchantId))) throw new AppError('not_found', { key: 'no_merchant', params: { id: merchantId } });
  return merchantId;
}

/** Reads a positive whole-number option, or undefined when absent. */
function positiveInteger(args: CommandArgs, name: string): number | undefined {
  const raw = optionalString(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new AppError('bad_input', { key: 'option_whole_number', params: { flag: name } });
  return value;
}

type CustomersResult = { merchant: string; report: CustomerReport | null };

/** Whom to serve: RFM segments, lifetime value, keep / win back / let go, and the small-order trend. */
export const customersCommand: Command<CustomersResult> = {
  name: 'customers',
  summary: 'customers.summary',
  usage: 'customers.usage',
  options: { merchant: { type: 'string' }, horizon: { type: 'string' }, top: { type: 'string' } },
  async run(ctx, args) {
    const horizonWeeks = positiveInteger(args, 'horizon');
    const topBuyers = positiveInteger(args, 'top');
    const { store } = await ctx.app();
    const merchant = await merchantFromArgs(store, args);
    return { merchant, report: await customerReportFor(store, merchant, { horizonWeeks, topBuyers }) };
  },
  human({ merchant, report }) {
    if (!report) return say('customers.none', { merchant });
    const money = (n: number) => `¥${n.toFixed(0)}`;
    const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
    const lines = [say('customers.head', { merchant, buyers: report.buyers, orders: report.orders, asOf: report.asOf }), '', say('customers.segments')];
    for (const s of report.segments) {
      lines.push(say('customers.segment_row', {
        segment: padColumns(term('segment', s.segment), 18), buyers: String(s.buyers).padStart(6), spend: money(s.totalSpend).padStart(10), days: s.averageDaysSince.toFixed(0),
      }));
    }
    if (report.model) {
      const { r, alpha, a, b } = report.model.bgnbd.params;
      const { p, q, v } = report.model.gammaGamma.params;
      lines.push('', say('customers.model', {
        r: r.toFixed(3), alpha: alpha.toFixed(3), a: a.toFixed(3), b: b.toFixed(3), p: p.toFixed(2), q: q.toFixed(2), v: v.toFixed(2),
      }));
      if (report.model.spendSource === 'ownAverage') lines.push(say('customers.own_average'));
    } else {
      lines.push('', say('customers.no_model'));
    }
    if (report.holdout) {
      const h = report.holdout;
      lines.push(say('customers.holdout', {
        weeks: h.horizon.toFixed(1), predicted: h.predictedPurchases.toFixed(0), actual: h.actualPurchases, mae: h.mae.toFixed(3), naive: h.naiveMae.toFixed(3),
      }));
    }
    lines.push('', say('customers.actions', { weeks: report.horizonWeeks }));
    for (const a of report.actions) {
      lines.push(say('customers.action_row', { action: padColumns(term('action', a.action), 10), buyers: String(a.buyers).padStart(6), value: money(a.expectedValue) }));
    }
    lines.push('', say('customers.top'));
    for (const b of report.topBuyers.slice(0, 10)) {
      lines.push(say('customers.buyer_row', {
        buyer: padColumns(b.buyerId, 12), action: padColumns(term('action', b.action), 10), value: money(b.expectedValue).padStart(8),
        risk: `${(b.churnRisk * 100).toFixed(0)}%`, segment: term('segment', b.segment), r: b.rfm.recency, f: b.rfm.frequency, m: b.rfm.monetary,
      }));
    }
    const t = report.smallOrders;
    lines.push('', say('customers.small_orders', {
      units: t.smallOrderUnits, before: percent(t.smallShare.before), after: percent(t.smallShare.after), p: t.smallShare.pValue.toPrecision(2),
      direction: term('direction', t.direction), customBefore: percent(t.customisedShare.before), customAfter: percent(t.customisedShare.after),
    }));
    return lines.join('\n');
  },
};
